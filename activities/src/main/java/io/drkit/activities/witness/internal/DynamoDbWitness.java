package io.drkit.activities.witness.internal;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import io.drkit.core.witness.Witness;
import io.drkit.core.witness.WitnessState;
import io.drkit.core.witness.WitnessUnreachableException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@link Witness} as one item of a single-region DynamoDB table (not a global table: there a conditional write on one
 * item is a compare-and-set, checked against the only copy). The item holds the epoch, the region acting alone if
 * any, and one lease version per region; it is created by the first change, and reads as epoch 1 until then.
 */
public final class DynamoDbWitness implements Witness {

  static final String EPOCH = "epoch";
  static final String SOLO = "solo";
  static final String LEASE = "lease_";
  private static final long INITIAL_EPOCH = 1;

  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;
  private final String deployment;
  private final List<String> regions;

  /** @param dynamoDb a client of the witness's region, built on first use */
  public DynamoDbWitness(Supplier<DynamoDbClient> dynamoDb, String table, String deployment, List<String> regions) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.deployment = deployment;
    this.regions = List.copyOf(regions);
  }

  @Override
  public WitnessState read() {
    Map<String, AttributeValue> item = call(() -> dynamoDb.get().getItem(b -> b.tableName(table).consistentRead(true)
        .key(key())).item());
    return state(item);
  }

  @Override
  public Outcome renew(String region, long epoch) {
    Change change = new Change(epoch);
    change.names.put("#v", LEASE + region);
    change.names.put("#solo", SOLO);
    change.values.put(":one", number(1));
    change.values.put(":zero", number(0));
    change.values.put(":initial", number(INITIAL_EPOCH));
    change.values.put(":me", AttributeValue.fromS(region));
    return change.apply("SET #v = if_not_exists(#v, :zero) + :one, #epoch = if_not_exists(#epoch, :initial)",
        "(attribute_not_exists(#solo) OR #solo = :me)");
  }

  @Override
  public Outcome takeOver(String by, long epoch, String other, long seenVersion) {
    Change change = new Change(epoch);
    change.names.put("#v", LEASE + other);
    change.names.put("#solo", SOLO);
    change.values.put(":next", number(epoch + 1));
    change.values.put(":by", AttributeValue.fromS(by));
    change.values.put(":seen", number(seenVersion));
    String versionStands = seenVersion == 0 ? "(attribute_not_exists(#v) OR #v = :seen)" : "#v = :seen";
    return change.apply("SET #epoch = :next, #solo = :by",
        versionStands + " AND (attribute_not_exists(#solo) OR #solo = :by)");
  }

  @Override
  public Outcome rejoin(long epoch) {
    Change change = new Change(epoch);
    change.names.put("#solo", SOLO);
    change.values.put(":next", number(epoch + 1));
    return change.apply("SET #epoch = :next REMOVE #solo", null);
  }

  /**
   * One conditional update: on condition that the epoch is still the one the caller knows. Each change puts exactly
   * the names and values its expressions use (DynamoDB refuses unused ones).
   */
  private final class Change {
    final long epoch;
    final Map<String, String> names = new HashMap<>();
    final Map<String, AttributeValue> values = new HashMap<>();

    Change(long epoch) {
      this.epoch = epoch;
      names.put("#epoch", EPOCH);
      values.put(":e", number(epoch));
    }

    Outcome apply(String update, String alsoRequired) {
      // an item not yet written is epoch 1
      String sameEpoch = epoch == INITIAL_EPOCH ? "(attribute_not_exists(#epoch) OR #epoch = :e)" : "#epoch = :e";
      String condition = alsoRequired == null ? sameEpoch : sameEpoch + " AND " + alsoRequired;
      UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key())
          .updateExpression(update).conditionExpression(condition).expressionAttributeNames(names)
          .expressionAttributeValues(values).returnValues("ALL_NEW").build();
      try {
        return new Outcome(true, state(call(() -> dynamoDb.get().updateItem(request).attributes())));
      } catch (ConditionalCheckFailedException refused) {
        return new Outcome(false, read());
      }
    }
  }

  private WitnessState state(Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return WitnessState.initial(regions);
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    regions.forEach(region -> versions.put(region, Optional.ofNullable(item.get(LEASE + region))
        .map(v -> Long.parseLong(v.n())).orElse(0L)));
    long epoch = Optional.ofNullable(item.get(EPOCH)).map(v -> Long.parseLong(v.n())).orElse(INITIAL_EPOCH);
    return new WitnessState(epoch, Optional.ofNullable(item.get(SOLO)).map(AttributeValue::s), versions);
  }

  private Map<String, AttributeValue> key() {
    return Map.of(CONTROL_KEY, AttributeValue.fromS("witness#" + deployment));
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /** The witness's answer, or {@link WitnessUnreachableException} for anything but a refused condition. */
  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (ConditionalCheckFailedException refused) {
      throw refused;
    } catch (RuntimeException e) {
      throw new WitnessUnreachableException("the witness (" + table + ") did not answer: " + e.getMessage(), e);
    }
  }
}
