package io.drkit.activities.lock.internal;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import io.drkit.activities.lock.LockStore;
import io.drkit.core.control.ControlKeys;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** {@link LockStore} as a conditionally written item in this region's replica of the control table. */
public final class DynamoDbLockStore implements LockStore {

  private static final String OWNER = "owner";
  private static final String ACQUIRED_AT = "acquiredAt";
  private static final String EXPIRES_AT = "expiresAt";

  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;

  /** @param dynamoDb this region's client, built on first use */
  public DynamoDbLockStore(Supplier<DynamoDbClient> dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public boolean tryAcquire(String name, String owner, Instant now, Instant expiresAt) {
    try {
      dynamoDb.get().putItem(b -> b.tableName(table)
          .item(Map.of(
              CONTROL_KEY, key(name),
              OWNER, AttributeValue.fromS(owner),
              ACQUIRED_AT, AttributeValue.fromS(now.toString()),
              EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
          .conditionExpression("attribute_not_exists(#pk) OR #owner = :me OR #exp < :now")
          .expressionAttributeNames(Map.of("#pk", CONTROL_KEY, "#owner", OWNER, "#exp", EXPIRES_AT))
          .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner),
              ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))));
      return true;
    } catch (ConditionalCheckFailedException held) {
      return false;
    }
  }

  @Override
  public Optional<LockHolder> holder(String name) {
    Map<String, AttributeValue> item = dynamoDb.get().getItem(b -> b.tableName(table).consistentRead(true)
        .key(Map.of(CONTROL_KEY, key(name)))).item();
    if (item == null || item.get(OWNER) == null) {
      return Optional.empty();
    }
    return Optional.of(new LockHolder(item.get(OWNER).s(), instant(item.get(ACQUIRED_AT))));
  }

  @Override
  public boolean release(String name, String owner) {
    try {
      dynamoDb.get().deleteItem(b -> b.tableName(table).key(Map.of(CONTROL_KEY, key(name)))
          .conditionExpression("#owner = :me")
          .expressionAttributeNames(Map.of("#owner", OWNER))
          .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner))));
      return true;
    } catch (ConditionalCheckFailedException notOurs) {
      return false;
    }
  }

  private static AttributeValue key(String name) {
    return AttributeValue.fromS(ControlKeys.lock(name));
  }

  private static Optional<Instant> instant(AttributeValue value) {
    try {
      return value == null || value.s() == null ? Optional.empty() : Optional.of(Instant.parse(value.s()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
