package io.drkit.activities.testing;

import io.drkit.activities.rollback.TableBackups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backups and restored tables in memory; keeps every restore asked for. As in DynamoDB, a backup's name need not be
 * unique: each backup made gets an ARN of its own.
 */
public final class InMemoryBackups implements TableBackups {

  /** One restore: into which table, from a backup ARN or a point in time. */
  public record Restore(String targetTable, Optional<String> backupArn, Optional<Instant> at) {}

  private final Map<String, String> backups = new HashMap<>();
  private final Set<String> tables = new HashSet<>(Set.of("dr-items"));
  private final List<Restore> restores = new ArrayList<>();
  private int made;

  @Override
  public String tableName() {
    return "dr-items";
  }

  @Override
  public synchronized Optional<String> findBackup(String backupName) {
    return Optional.ofNullable(backups.get(backupName));
  }

  @Override
  public synchronized String createBackup(String backupName) {
    String arn = "arn:aws:dynamodb:ap-southeast-1:000000000000:table/dr-items/backup/"
        + String.format("01764670000000-%08d", ++made);
    backups.put(backupName, arn);
    return arn;
  }

  @Override
  public synchronized boolean exists(String table) {
    return tables.contains(table);
  }

  @Override
  public synchronized void restoreToPointInTime(String targetTable, Optional<Instant> at) {
    tables.add(targetTable);
    restores.add(new Restore(targetTable, Optional.empty(), at));
  }

  @Override
  public synchronized void restoreFromBackup(String backupArn, String targetTable) {
    tables.add(targetTable);
    restores.add(new Restore(targetTable, Optional.of(backupArn), Optional.empty()));
  }

  public synchronized List<Restore> restores() {
    return List.copyOf(restores);
  }

  public synchronized Map<String, String> backups() {
    return Map.copyOf(backups);
  }
}
