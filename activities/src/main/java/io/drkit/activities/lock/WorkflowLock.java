package io.drkit.activities.lock;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import DR.LockHeld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import io.drkit.core.control.ControlKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One failover or failback at a time, per deployment: a lock item in this region's control table (a global table,
 * so the other region sees it too), owned by the execution that took it, expiring so that a crashed execution cannot
 * hold it for ever. Taking it again as its owner, or releasing it twice, changes nothing.
 */
public final class WorkflowLock {

  static final long DEFAULT_TTL_SECONDS = 900;
  private static final String OWNER = "owner";
  private static final String ACQUIRED_AT = "acquiredAt";
  private static final String EXPIRES_AT = "expiresAt";

  private final Clients clients;
  private final Clock clock;

  public WorkflowLock(Clients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Input: {@code {"lock": name, "owner": execution id, "ttlSeconds"?}}. */
  public JsonNode acquire(JsonNode json) {
    Input input = Input.of(json);
    String name = input.optionalText("lock").orElse("failover");
    String owner = input.text("owner");
    long ttl = input.number("ttlSeconds", DEFAULT_TTL_SECONDS, 10, 86_400);
    Instant now = clock.instant();
    var dynamoDb = clients.dynamoDb(clients.settings().region());
    String table = clients.settings().tables().control();
    try {
      dynamoDb.putItem(b -> b.tableName(table)
          .item(Map.of(
              CONTROL_KEY, AttributeValue.fromS(ControlKeys.lock(name)),
              OWNER, AttributeValue.fromS(owner),
              ACQUIRED_AT, AttributeValue.fromS(now.toString()),
              EXPIRES_AT, AttributeValue.fromN(Long.toString(now.plusSeconds(ttl).getEpochSecond()))))
          .conditionExpression("attribute_not_exists(#pk) OR #owner = :me OR #exp < :now")
          .expressionAttributeNames(Map.of("#pk", CONTROL_KEY, "#owner", OWNER, "#exp", EXPIRES_AT))
          .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner),
              ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))));
    } catch (ConditionalCheckFailedException held) {
      Map<String, AttributeValue> current = dynamoDb.getItem(b -> b.tableName(table).consistentRead(true)
          .key(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.lock(name))))).item();
      String holder = current == null || current.get(OWNER) == null ? "another execution" : current.get(OWNER).s();
      String since = current == null || current.get(ACQUIRED_AT) == null ? "" : " since " + current.get(ACQUIRED_AT).s();
      throw new LockHeld("the " + name + " lock is held by " + holder + since);
    }
    ObjectNode result = Json.object();
    result.put("lock", name);
    result.put("owner", owner);
    result.put("acquiredAt", now.toString());
    result.put("expiresAt", now.plusSeconds(ttl).toString());
    return result;
  }

  /** Input: {@code {"lock": name, "owner": execution id}}; releasing what one does not hold is a no-op. */
  public JsonNode release(JsonNode json) {
    Input input = Input.of(json);
    String name = input.optionalText("lock").orElse("failover");
    String owner = input.text("owner");
    boolean released = true;
    try {
      clients.dynamoDb(clients.settings().region()).deleteItem(b -> b.tableName(clients.settings().tables().control())
          .key(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.lock(name))))
          .conditionExpression("#owner = :me")
          .expressionAttributeNames(Map.of("#owner", OWNER))
          .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner))));
    } catch (ConditionalCheckFailedException notOurs) {
      released = false; // already released, expired and taken, or never ours: nothing to undo
    }
    ObjectNode result = Json.object();
    result.put("lock", name);
    result.put("released", released);
    return result;
  }
}
