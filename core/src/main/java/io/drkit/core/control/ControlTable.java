package io.drkit.core.control;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;

/**
 * Reads and writes fences and heartbeats in one region's replica of the control table.
 *
 * <p>Reads are strongly consistent: a fence must be seen the moment it lands in this region.
 */
public final class ControlTable {

  static final String FENCED = "fenced";
  static final String REASON = "reason";
  static final String CHANGED_AT = "changedAt";
  static final String BEAT_AT_MILLIS = "beatAtMillis";
  static final String SELF_CHECKS = "selfChecks";

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public ControlTable(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  public String tableName() {
    return tableName;
  }

  public FenceState fence(String region) {
    return fenceFrom(region, get(ControlKeys.fence(region)));
  }

  /** Reads a fence from its control-table item, as fetched by any read (an empty map: never fenced). */
  public static FenceState fenceFrom(String region, Map<String, AttributeValue> item) {
    if (item.isEmpty()) {
      return FenceState.open(region);
    }
    boolean fenced = Optional.ofNullable(item.get(FENCED)).map(AttributeValue::bool).orElse(false);
    return new FenceState(
        region,
        fenced,
        Optional.ofNullable(item.get(REASON)).map(AttributeValue::s),
        Optional.ofNullable(item.get(CHANGED_AT)).map(AttributeValue::s).map(Instant::parse));
  }

  /** Sets the fence; writing the same state again changes nothing a reader can see but the timestamp. */
  public void setFence(String region, boolean fenced, String reason, Instant at) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(CONTROL_KEY, AttributeValue.fromS(ControlKeys.fence(region)));
    item.put(FENCED, AttributeValue.fromBool(fenced));
    item.put(REASON, AttributeValue.fromS(reason));
    item.put(CHANGED_AT, AttributeValue.fromS(at.toString()));
    dynamoDb.putItem(b -> b.tableName(tableName).item(item));
  }

  /**
   * A transaction condition that holds while the region is not fenced. Putting it in the same transaction as a
   * write makes the fence check and the write atomic: a write can never slip in after the fence lands.
   */
  public ConditionCheck notFencedCondition(String region) {
    return ConditionCheck.builder()
        .tableName(tableName)
        .key(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.fence(region))))
        .conditionExpression("attribute_not_exists(#f) OR #f = :open")
        .expressionAttributeNames(Map.of("#f", FENCED))
        .expressionAttributeValues(Map.of(":open", AttributeValue.fromBool(false)))
        .build();
  }

  public Optional<Instant> heartbeat(String region) {
    return latestHeartbeat(region).map(Heartbeat::at);
  }

  public Optional<Heartbeat> latestHeartbeat(String region) {
    return heartbeatFrom(get(ControlKeys.heartbeat(region)));
  }

  /** Reads a heartbeat from its control-table item, as fetched by any read. */
  public static Optional<Heartbeat> heartbeatFrom(Map<String, AttributeValue> item) {
    return Optional.ofNullable(item.get(BEAT_AT_MILLIS)).map(v -> new Heartbeat(Instant.ofEpochMilli(Long.parseLong(v.n())),
        selfChecks(item.get(SELF_CHECKS))));
  }

  /**
   * Read leniently: the item replicates from the other region, which may run another release (a longer window, a
   * new symbol); the last outcomes that read as 0 or 1 are kept rather than failing the reader (its /health).
   */
  private static String selfChecks(AttributeValue value) {
    if (value == null || value.s() == null) {
      return "";
    }
    String checks = value.s().replaceAll("[^01]", "");
    return checks.substring(Math.max(0, checks.length() - Heartbeat.WINDOW));
  }

  public void writeHeartbeat(String region, Instant at) {
    writeHeartbeat(region, Heartbeat.at(at));
  }

  public void writeHeartbeat(String region, Heartbeat heartbeat) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(CONTROL_KEY, AttributeValue.fromS(ControlKeys.heartbeat(region)));
    item.put(BEAT_AT_MILLIS, AttributeValue.fromN(Long.toString(heartbeat.at().toEpochMilli())));
    if (!heartbeat.selfChecks().isEmpty()) {
      item.put(SELF_CHECKS, AttributeValue.fromS(heartbeat.selfChecks()));
    }
    dynamoDb.putItem(b -> b.tableName(tableName).item(item));
  }

  private Map<String, AttributeValue> get(String key) {
    Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(tableName)
            .key(Map.of(CONTROL_KEY, AttributeValue.fromS(key)))
            .consistentRead(true))
        .item();
    return item == null ? Map.of() : item;
  }
}
