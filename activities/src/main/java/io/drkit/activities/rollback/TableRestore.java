package io.drkit.activities.rollback;

import java.util.Optional;

/** RestoreTable: restores the item table into a new table (DynamoDB restores never overwrite). */
public final class TableRestore {

  private final TableBackups backups;

  public TableRestore(TableBackups backups) {
    this.backups = backups;
  }

  /** A table that already exists is left as it is: a retry after the restore began finds it there. */
  public TableRestored restore(RestoreTableInput input) {
    String target = input.targetTableName();
    if (backups.exists(target)) {
      return new TableRestored(target, false, null, "the table exists already");
    }
    switch (input.source()) {
      case POINT_IN_TIME -> backups.restoreToPointInTime(target, Optional.ofNullable(input.restoreTime()));
      case BACKUP -> backups.restoreFromBackup(input.backupArn(), target);
    }
    return new TableRestored(target, true, input.source(), null);
  }
}
