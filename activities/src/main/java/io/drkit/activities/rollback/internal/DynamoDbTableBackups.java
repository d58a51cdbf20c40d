package io.drkit.activities.rollback.internal;

import io.drkit.activities.rollback.TableBackups;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** {@link TableBackups} through DynamoDB's backup and restore API in this region. */
public final class DynamoDbTableBackups implements TableBackups {

  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;

  /** @param dynamoDb this region's client, built on first use */
  public DynamoDbTableBackups(Supplier<DynamoDbClient> dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public String tableName() {
    return table;
  }

  /** Every page of ListBackups: a retried snapshot must find its backup among however many there are. */
  @Override
  public Optional<String> findBackup(String backupName) {
    String after = null;
    do {
      String start = after;
      ListBackupsResponse page = dynamoDb.get().listBackups(b -> b.tableName(table).exclusiveStartBackupArn(start));
      Optional<String> found = page.backupSummaries().stream().filter(s -> s.backupName().equals(backupName))
          .map(BackupSummary::backupArn).findFirst();
      if (found.isPresent()) {
        return found;
      }
      after = page.lastEvaluatedBackupArn();
    } while (after != null);
    return Optional.empty();
  }

  @Override
  public String createBackup(String backupName) {
    return dynamoDb.get().createBackup(b -> b.tableName(table).backupName(backupName)).backupDetails().backupArn();
  }

  @Override
  public boolean exists(String name) {
    try {
      return dynamoDb.get().describeTable(b -> b.tableName(name)).table().tableStatus() != null;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  @Override
  public void restoreToPointInTime(String targetTable, Optional<Instant> at) {
    dynamoDb.get().restoreTableToPointInTime(b -> {
      b.sourceTableName(table).targetTableName(targetTable);
      at.ifPresentOrElse(b::restoreDateTime, () -> b.useLatestRestorableTime(true));
    });
  }

  @Override
  public void restoreFromBackup(String backupArn, String targetTable) {
    dynamoDb.get().restoreTableFromBackup(b -> b.backupArn(backupArn).targetTableName(targetTable));
  }
}
