package io.drkit.activities.consistency.internal;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.activities.consistency.ItemReplicas;
import io.drkit.activities.support.internal.Clients;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** {@link ItemReplicas} on the item table's DynamoDB replicas; scans use clients with long timeouts. */
public final class DynamoDbItemReplicas implements ItemReplicas {

  private final Clients clients;

  public DynamoDbItemReplicas(Clients clients) {
    this.clients = clients;
  }

  @Override
  public void scan(String region, int segment, int totalSegments, Consumer<Map<String, AttributeValue>> each) {
    for (var page : clients.bulkDynamoDb(region).scanPaginator(b -> b.tableName(table()).segment(segment)
        .totalSegments(totalSegments).consistentRead(true))) {
      page.items().forEach(each);
    }
  }

  @Override
  public Optional<Map<String, AttributeValue>> read(String region, String key) {
    var response = clients.dynamoDb(region).getItem(b -> b.tableName(table()).consistentRead(true)
        .key(Map.of(ITEM_KEY, AttributeValue.fromS(key))));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
  }

  @Override
  public boolean putIfUnchanged(String region, Map<String, AttributeValue> item,
      Optional<Map<String, AttributeValue>> seen) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#id", ITEM_KEY);
    String condition = "attribute_not_exists(#id)";
    if (seen.isPresent()) {
      condition = "#id = :id" + matches(seen.get(), "updatedAt", names, values) + matches(seen.get(), "version", names,
          values);
      values.put(":id", seen.get().get(ITEM_KEY));
    }
    String finalCondition = condition;
    try {
      clients.dynamoDb(region).putItem(b -> b.tableName(table()).item(item).conditionExpression(finalCondition)
          .expressionAttributeNames(names).expressionAttributeValues(values.isEmpty() ? null : values));
      return true;
    } catch (ConditionalCheckFailedException changed) {
      return false;
    }
  }

  /** " AND #a = :a" when the seen copy has the attribute, " AND attribute_not_exists(#a)" when not. */
  private static String matches(Map<String, AttributeValue> seen, String attribute, Map<String, String> names,
      Map<String, AttributeValue> values) {
    names.put("#" + attribute, attribute);
    AttributeValue value = seen.get(attribute);
    if (value == null) {
      return " AND attribute_not_exists(#" + attribute + ")";
    }
    values.put(":" + attribute, value);
    return " AND #" + attribute + " = :" + attribute;
  }

  private String table() {
    return clients.settings().tables().application();
  }
}
