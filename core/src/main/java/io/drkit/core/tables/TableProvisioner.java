package io.drkit.core.tables;

import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creates both tables in one region when they are missing, and waits until they are active. */
public final class TableProvisioner {

  private static final Duration ACTIVE_WITHIN = Duration.ofMinutes(2);

  private final DynamoDbClient dynamoDb;

  public TableProvisioner(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  public void ensureTables(TableNames names) {
    ensure(TableSchema.application(names.application()));
    ensure(TableSchema.control(names.control()));
  }

  private void ensure(CreateTableRequest request) {
    try {
      dynamoDb.createTable(request);
    } catch (ResourceInUseException alreadyThere) {
      // Idempotent by design: a second provisioning of the same region is a no-op.
    }
    awaitActive(request.tableName());
  }

  private void awaitActive(String tableName) {
    long deadline = System.nanoTime() + ACTIVE_WITHIN.toNanos();
    while (dynamoDb.describeTable(b -> b.tableName(tableName)).table().tableStatus() != TableStatus.ACTIVE) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("table " + tableName + " did not become ACTIVE within " + ACTIVE_WITHIN);
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a table", e);
    }
  }
}
