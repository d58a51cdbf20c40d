package io.drkit.core.tables;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The key schema of both tables, as Terraform declares them: a single string hash key, on-demand billing,
 * and a stream with new and old images (global tables replicate from it; the lab's replicator tails it).
 */
public final class TableSchema {

  /** Hash key of the application table. */
  public static final String ITEM_KEY = "id";
  /** Hash key of the control table. */
  public static final String CONTROL_KEY = "pk";

  private TableSchema() {}

  public static CreateTableRequest application(String tableName) {
    return create(tableName, ITEM_KEY);
  }

  public static CreateTableRequest control(String tableName) {
    return create(tableName, CONTROL_KEY);
  }

  /**
   * The witness's table: a single-region table, not a global one (a conditional write on one of its items is then a
   * true compare-and-set), no stream.
   */
  public static CreateTableRequest witness(String tableName) {
    return create(tableName, CONTROL_KEY).toBuilder().streamSpecification((StreamSpecification) null).build();
  }

  private static CreateTableRequest create(String tableName, String hashKey) {
    return CreateTableRequest.builder()
        .tableName(tableName)
        .attributeDefinitions(AttributeDefinition.builder()
            .attributeName(hashKey)
            .attributeType(ScalarAttributeType.S)
            .build())
        .keySchema(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .streamSpecification(StreamSpecification.builder()
            .streamEnabled(true)
            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
            .build())
        .build();
  }
}
