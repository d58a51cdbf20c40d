package io.drkit.activities.rollback;

import static io.drkit.activities.rollback.RestoreTableInput.Source.BACKUP;
import static io.drkit.activities.rollback.RestoreTableInput.Source.POINT_IN_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryBackups;
import io.drkit.activities.testing.InMemoryBackups.Restore;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRestoreTest {

  private static final String BACKUP_ARN = "arn:aws:dynamodb:ap-southeast-1:000000000000:table/dr-items/backup/1";
  private static final Instant NINE_THIRTY = Instant.parse("2026-12-02T09:30:00Z");

  private final InMemoryBackups backups = new InMemoryBackups();
  private final TableRestore restore = new TableRestore(backups);

  @Test
  void withoutATimeTheTableIsRestoredAsItWasAtTheLatestRestorableTime() {
    TableRestored restored = restore.restore(new RestoreTableInput("dr-items-restored", null, null, null));

    assertThat(restored).isEqualTo(new TableRestored("dr-items-restored", true, POINT_IN_TIME, null));
    assertThat(backups.restores()).containsExactly(new Restore("dr-items-restored", Optional.empty(),
        Optional.empty()));
  }

  @Test
  void withATimeTheTableIsRestoredAsItWasThen() {
    restore.restore(new RestoreTableInput("dr-items-restored", POINT_IN_TIME, NINE_THIRTY, null));

    assertThat(backups.restores()).containsExactly(new Restore("dr-items-restored", Optional.empty(),
        Optional.of(NINE_THIRTY)));
  }

  @Test
  void fromABackupTheTableIsRestoredFromThatBackup() {
    TableRestored restored = restore.restore(new RestoreTableInput("dr-items-restored", BACKUP, null, BACKUP_ARN));

    assertThat(restored).isEqualTo(new TableRestored("dr-items-restored", true, BACKUP, null));
    assertThat(backups.restores()).containsExactly(new Restore("dr-items-restored", Optional.of(BACKUP_ARN),
        Optional.empty()));
  }

  @Test
  void aTableThatExistsAlreadyIsLeftAlone() {
    TableRestored restored = restore.restore(new RestoreTableInput("dr-items", null, null, null));

    assertThat(restored.restored()).isFalse();
    assertThat(restored.note()).contains("exists");
    assertThat(backups.restores()).isEmpty();
  }

  @Test
  void aRetryFindsTheTableItRestoredAndRestoresNothingMore() {
    RestoreTableInput input = new RestoreTableInput("dr-items-restored", BACKUP, null, BACKUP_ARN);
    restore.restore(input);

    assertThat(restore.restore(input).restored()).isFalse();
    assertThat(backups.restores()).hasSize(1);
  }

  @Test
  void throughJsonTheTimeIsReadAsAnInstantAndTheSourceIsWrittenAsText() {
    TestRegions regions = new TestRegions();

    var restored = new StepRunner(regions).run(ActivityCatalog.RESTORE_TABLE,
        "{'targetTableName':'dr-items-restored','restoreTime':'2026-12-02T09:30:00Z'}");

    assertThat(restored).isEqualTo(StepRunner.json(
        "{'targetTableName':'dr-items-restored','restored':true,'source':'point-in-time','note':null}"));
    assertThat(regions.backups.restores()).extracting(Restore::at).containsExactly(Optional.of(NINE_THIRTY));
  }

  @Test
  void aBackupSourceWithoutItsArnIsRefused() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.RESTORE_TABLE,
        "{'targetTableName':'dr-items-restored','source':'backup'}").hasMessageContaining("'backupArn'");
  }

  @Test
  void anUnknownSourceIsRefusedWithTheKnownOnes() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.RESTORE_TABLE,
        "{'targetTableName':'dr-items-restored','source':'tape'}")
        .hasMessageContaining("'source'").hasMessageContaining("point-in-time").hasMessageContaining("backup");
  }

  @Test
  void theTargetTableIsRequired() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.RESTORE_TABLE, "{'source':'point-in-time'}")
        .hasMessageContaining("'targetTableName'");
  }
}
