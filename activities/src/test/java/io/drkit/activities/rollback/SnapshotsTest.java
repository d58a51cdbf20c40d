package io.drkit.activities.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryAlias;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

  private final TestRegions regions = new TestRegions();
  private final Snapshots snapshots = snapshots(regions, regions.alias, true);

  /** The snapshots of the test regions, over the given alias, with or without routing configured. */
  static Snapshots snapshots(TestRegions regions, RouterAlias alias, boolean routing) {
    return new Snapshots(regions.settings(), regions.backups, routing ? Optional.of(regions.routing) : Optional.empty(),
        alias, regions.control, regions.time);
  }

  @Test
  void aSnapshotBacksUpTheTableSavesTheRoutingRecordsAndNotesTheAliasVersion() {
    RollbackSnapshot snapshot = snapshots.take(new SnapshotInput("exec-1"));

    assertThat(regions.backups.backups()).containsExactlyEntriesOf(Map.of("dr-rollback-exec-1", snapshot.backupArn()));
    assertThat(snapshot.snapshotId()).isEqualTo("exec-1");
    assertThat(snapshot.records()).isEqualTo(2);
    assertThat(snapshots.records("exec-1")).contains(regions.routing.current());
    assertThat(snapshot.aliasVersion()).isEqualTo("3");
  }

  @Test
  void takingItAgainWithTheSameTokenFindsTheSameBackup() {
    RollbackSnapshot first = snapshots.take(new SnapshotInput("exec-1"));
    RollbackSnapshot retried = snapshots.take(new SnapshotInput("exec-1"));

    assertThat(retried).isEqualTo(first);
    assertThat(regions.backups.backups()).hasSize(1);
  }

  @Test
  void eachTokenHasABackupOfItsOwn() {
    String first = snapshots.take(new SnapshotInput("exec-1")).backupArn();
    String second = snapshots.take(new SnapshotInput("exec-2")).backupArn();

    assertThat(second).isNotEqualTo(first);
    assertThat(regions.backups.backups()).containsOnlyKeys("dr-rollback-exec-1", "dr-rollback-exec-2");
  }

  @Test
  void anExecutionArnAsTokenMakesABackupNameDynamoDbTakes() {
    snapshots.take(new SnapshotInput("arn:aws:states:ap-southeast-1:000000000000:execution:dr-rollback:run/1"));

    assertThat(regions.backups.backups().keySet()).singleElement().asString().matches("[A-Za-z0-9_.-]{3,255}");
  }

  @Test
  void withoutRoutingConfiguredNoRecordsAreSaved() {
    Snapshots withoutRouting = snapshots(regions, regions.alias, false);

    RollbackSnapshot snapshot = withoutRouting.take(new SnapshotInput("exec-1"));

    assertThat(snapshot.records()).isNull();
    assertThat(withoutRouting.records("exec-1")).isEmpty();
    assertThat(snapshot.backupArn()).isNotBlank();
  }

  @Test
  void withoutTheAliasTheSnapshotHasNoAliasVersion() {
    RollbackSnapshot snapshot = snapshots(regions, new InMemoryAlias(null), true).take(new SnapshotInput("exec-1"));

    assertThat(snapshot.aliasVersion()).isNull();
  }

  @Test
  void throughJsonTheSnapshotNamesItsBackupRecordsAndVersion() {
    StepRunner steps = new StepRunner(regions);

    var snapshot = steps.run(ActivityCatalog.TAKE_SNAPSHOT, "{'token':'exec-1'}");

    assertThat(snapshot.get("snapshotId").asText()).isEqualTo("exec-1");
    assertThat(snapshot.get("backupArn").asText()).isEqualTo(regions.backups.backups().get("dr-rollback-exec-1"));
    assertThat(snapshot.get("records").asInt()).isEqualTo(2);
    assertThat(snapshot.get("aliasVersion").asText()).isEqualTo("3");
  }

  @Test
  void aSnapshotNeedsAToken() {
    new StepRunner(regions).refuses(ActivityCatalog.TAKE_SNAPSHOT, "{'token':' '}").hasMessageContaining("'token'");
  }
}
