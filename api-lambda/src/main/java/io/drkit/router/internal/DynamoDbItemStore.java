package io.drkit.router.internal;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;
import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.control.ControlKeys;
import io.drkit.core.control.ControlTable;
import io.drkit.core.tables.TableNames;
import io.drkit.router.http.Json;
import io.drkit.router.items.IdempotencyRecord;
import io.drkit.router.items.Item;
import io.drkit.router.items.ItemPage;
import io.drkit.router.items.ItemStore;
import io.drkit.router.items.StoreUnavailableException;
import io.drkit.router.items.WriteOutcomeUnknownException;
import io.drkit.router.items.WriteRefusedException;
import io.drkit.router.items.WriteRefusedException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ItemStore} on DynamoDB. Each write is one transaction of the fence's condition check and the write (and,
 * for an idempotent create, the idempotency record), so a fenced region cannot take a single write.
 */
public final class DynamoDbItemStore implements ItemStore {

  static final String DATA = "data";
  static final String VERSION = "version";
  static final String CREATED_AT = "createdAt";
  static final String UPDATED_AT = "updatedAt";
  static final String UPDATED_REGION = "updatedRegion";
  private static final String FINGERPRINT = "fingerprint";
  private static final String RECORDED_ITEM = "item";
  /** Epoch seconds: the attribute DynamoDB's TTL deletes expired idempotency records by. */
  static final String EXPIRES_AT = "expiresAt";

  private final DynamoDbClient dynamoDb;
  private final TableNames tables;
  private final ControlTable control;
  private final String region;
  private final Clock clock;

  public DynamoDbItemStore(DynamoDbClient dynamoDb, TableNames tables, String region, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.tables = tables;
    this.control = new ControlTable(dynamoDb, tables.control());
    this.region = region;
    this.clock = clock;
  }

  @Override
  public Optional<Item> find(String id) {
    var response = StorageErrors.call("the item table", () -> dynamoDb.getItem(b -> b.tableName(tables.application())
        .key(key(id))
        .consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(toItem(response.item())) : Optional.empty();
  }

  @Override
  public ItemPage list(int limit, Optional<String> startAfter) {
    ScanResponse page = StorageErrors.call("the item table", () -> dynamoDb.scan(b -> {
      b.tableName(tables.application()).limit(limit).consistentRead(true);
      startAfter.ifPresent(id -> b.exclusiveStartKey(key(id)));
    }));
    List<Item> items = new ArrayList<>(page.count());
    page.items().forEach(attributes -> items.add(toItem(attributes)));
    Optional<String> lastId = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
        ? Optional.of(page.lastEvaluatedKey().get(ITEM_KEY).s())
        : Optional.empty();
    return new ItemPage(items, lastId);
  }

  @Override
  public void create(Item item, Optional<IdempotencyRecord> idempotency) {
    List<TransactWriteItem> writes = new ArrayList<>(3);
    writes.add(TransactWriteItem.builder().conditionCheck(control.notFencedCondition(region)).build());
    writes.add(TransactWriteItem.builder().put(Put.builder()
        .tableName(tables.application())
        .item(toAttributes(item))
        .conditionExpression("attribute_not_exists(#id)")
        .expressionAttributeNames(Map.of("#id", ITEM_KEY))
        .build()).build());
    idempotency.ifPresent(record -> writes.add(TransactWriteItem.builder().put(recordPut(record)).build()));
    transact(writes, Reason.ALREADY_EXISTS);
  }

  @Override
  public void replace(Item item, long expectedVersion) {
    transact(List.of(
        TransactWriteItem.builder().conditionCheck(control.notFencedCondition(region)).build(),
        TransactWriteItem.builder().put(Put.builder()
            .tableName(tables.application())
            .item(toAttributes(item))
            .conditionExpression("#v = :expected")
            .expressionAttributeNames(Map.of("#v", VERSION))
            .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
            .build()).build()),
        Reason.CONDITION_FAILED);
  }

  @Override
  public void delete(String id) {
    transact(List.of(
        TransactWriteItem.builder().conditionCheck(control.notFencedCondition(region)).build(),
        TransactWriteItem.builder().delete(Delete.builder()
            .tableName(tables.application())
            .key(key(id))
            .conditionExpression("attribute_exists(#id)")
            .expressionAttributeNames(Map.of("#id", ITEM_KEY))
            .build()).build()),
        Reason.CONDITION_FAILED);
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    var response = StorageErrors.call("the control table", () -> dynamoDb.getItem(b -> b.tableName(tables.control())
        .key(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.idempotency(key))))
        .consistentRead(true)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> attributes = response.item();
    return Optional.of(new IdempotencyRecord(
        key,
        attributes.get(FINGERPRINT).s(),
        Item.fromJson((ObjectNode) Json.read(attributes.get(RECORDED_ITEM).s())),
        Instant.ofEpochSecond(Long.parseLong(attributes.get(EXPIRES_AT).n()))));
  }

  private Put recordPut(IdempotencyRecord record) {
    return Put.builder()
        .tableName(tables.control())
        .item(Map.of(
            CONTROL_KEY, AttributeValue.fromS(ControlKeys.idempotency(record.key())),
            FINGERPRINT, AttributeValue.fromS(record.fingerprint()),
            RECORDED_ITEM, AttributeValue.fromS(Json.write(record.item().toJson())),
            EXPIRES_AT, AttributeValue.fromN(Long.toString(record.expiresAt().getEpochSecond()))))
        // an expired record that TTL has not removed yet may be taken over
        .conditionExpression("attribute_not_exists(#pk) OR #exp < :now")
        .expressionAttributeNames(Map.of("#pk", CONTROL_KEY, "#exp", EXPIRES_AT))
        .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()))))
        .build();
  }

  /** Runs the transaction; item 0 is always the fence check, item 1 the write, item 2 the idempotency record. */
  private void transact(List<TransactWriteItem> writes, Reason whenWriteConditionFails) {
    try {
      StorageErrors.run("the item table", () -> dynamoDb.transactWriteItems(b -> b.transactItems(writes)));
    } catch (TransactionCanceledException cancelled) {
      throw refusal(cancelled, whenWriteConditionFails);
    } catch (StoreUnavailableException unavailable) {
      if (unavailable.getCause() instanceof SdkClientException) {
        throw new WriteOutcomeUnknownException(unavailable.getMessage(), unavailable.getCause());
      }
      throw unavailable;
    }
  }

  private static RuntimeException refusal(TransactionCanceledException cancelled, Reason whenWriteConditionFails) {
    List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
    if (failed(reasons, 0)) {
      return new WriteRefusedException(Reason.REGION_FENCED);
    }
    if (failed(reasons, 1)) {
      return new WriteRefusedException(whenWriteConditionFails);
    }
    if (failed(reasons, 2)) {
      return new WriteRefusedException(Reason.IDEMPOTENCY_KEY_TAKEN);
    }
    boolean throttled = reasons.stream().anyMatch(r -> r.code() != null
        && (r.code().contains("Throttl") || r.code().contains("ProvisionedThroughputExceeded")));
    if (throttled) {
      return new StoreUnavailableException("the item table is throttled", cancelled);
    }
    return new WriteRefusedException(Reason.CONTENTION);
  }

  private static boolean failed(List<CancellationReason> reasons, int index) {
    return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of(ITEM_KEY, AttributeValue.fromS(id));
  }

  static Map<String, AttributeValue> toAttributes(Item item) {
    Map<String, AttributeValue> attributes = new HashMap<>();
    attributes.put(ITEM_KEY, AttributeValue.fromS(item.id()));
    attributes.put(DATA, AttributeValues.fromJson(item.data()));
    attributes.put(VERSION, AttributeValue.fromN(Long.toString(item.version())));
    attributes.put(CREATED_AT, AttributeValue.fromS(item.createdAt()));
    attributes.put(UPDATED_AT, AttributeValue.fromS(item.updatedAt()));
    attributes.put(UPDATED_REGION, AttributeValue.fromS(item.updatedRegion()));
    return attributes;
  }

  static Item toItem(Map<String, AttributeValue> attributes) {
    return new Item(
        attributes.get(ITEM_KEY).s(),
        AttributeValues.toJsonObject(attributes.getOrDefault(DATA, AttributeValue.fromM(Map.of())).m()),
        Long.parseLong(attributes.get(VERSION).n()),
        attributes.get(CREATED_AT).s(),
        attributes.get(UPDATED_AT).s(),
        attributes.get(UPDATED_REGION).s());
  }
}
