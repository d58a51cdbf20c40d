package io.drkit.activities.rollback;

import java.time.Instant;
import java.util.Optional;

/** Backups and restores of the item table in this region. Restores go into a new table: they never overwrite. */
public interface TableBackups {

  String tableName();

  Optional<String> findBackup(String backupName);

  String createBackup(String backupName);

  boolean exists(String table);

  /** Restores the item table as it was at {@code at}, or at the latest restorable time. */
  void restoreToPointInTime(String targetTable, Optional<Instant> at);

  void restoreFromBackup(String backupArn, String targetTable);
}
