package io.drkit.activities.rollback;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import io.drkit.activities.traffic.RoutingRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingRestoreTest {

  private final TestRegions regions = new TestRegions();
  private final Snapshots snapshots = SnapshotsTest.snapshots(regions, regions.alias, true);
  private final RoutingRestore restore = new RoutingRestore(Optional.of(regions.routing), snapshots);

  @Test
  void theRecordsArePutBackAsTheSnapshotSavedThem() {
    List<RoutingRecord> before = regions.routing.current();
    snapshots.take(new SnapshotInput("exec-1"));
    regions.routing.makePrimary(SINGAPORE);

    assertThat(restore.restore(new RestoreRoutingInput("exec-1"))).isEqualTo(new RoutingRestored(2));
    assertThat(regions.routing.current()).containsExactlyInAnyOrderElementsOf(before);
    assertThat(regions.routing.primaryRegion()).contains(MUMBAI);
  }

  @Test
  void aliasRecordsOfLoadBalancersComeBackWhole() {
    List<RoutingRecord> loadBalancers = List.of(
        new RoutingRecord("api.example.com.", "A", MUMBAI, "PRIMARY", null, "hc-mumbai", null,
            new RoutingRecord.Alias("ZP97RAFLXTNZK", "dr-alb-mumbai.ap-south-1.elb.amazonaws.com.", true)),
        new RoutingRecord("api.example.com.", "A", SINGAPORE, "SECONDARY", null, "hc-singapore", null,
            new RoutingRecord.Alias("Z1LMS91P8CMLE5", "dr-alb-sg.ap-southeast-1.elb.amazonaws.com.", true)));
    regions.routing.restore(loadBalancers);
    snapshots.take(new SnapshotInput("exec-1"));
    regions.routing.makePrimary(SINGAPORE);

    restore.restore(new RestoreRoutingInput("exec-1"));

    assertThat(regions.routing.current()).containsExactlyInAnyOrderElementsOf(loadBalancers);
  }

  @Test
  void anUnknownSnapshotIsRefusedAndNothingChanges() {
    assertThatThrownBy(() -> restore.restore(new RestoreRoutingInput("exec-9"))).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("exec-9");
    assertThat(regions.routing.changes()).isZero();
  }

  @Test
  void aSnapshotTakenWithoutRoutingHasNoRecordsToPutBack() {
    SnapshotsTest.snapshots(regions, regions.alias, false).take(new SnapshotInput("exec-1"));

    assertThatThrownBy(() -> restore.restore(new RestoreRoutingInput("exec-1"))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void withoutRoutingConfiguredTheRestoreIsRefused() {
    snapshots.take(new SnapshotInput("exec-1"));
    RoutingRestore withoutRouting = new RoutingRestore(Optional.empty(), snapshots);

    assertThatThrownBy(() -> withoutRouting.restore(new RestoreRoutingInput("exec-1")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("HOSTED_ZONE_ID");
  }

  @Test
  void throughJsonASnapshotTakenByOneStepIsPutBackByAnother() {
    StepRunner steps = new StepRunner(regions);
    steps.run(ActivityCatalog.TAKE_SNAPSHOT, "{'token':'exec-1'}");
    regions.routing.makePrimary(SINGAPORE);

    assertThat(steps.run(ActivityCatalog.RESTORE_ROUTING, "{'snapshotId':'exec-1'}"))
        .isEqualTo(StepRunner.json("{'records':2}"));
    assertThat(regions.routing.primaryRegion()).contains(MUMBAI);
  }

  @Test
  void aBlankSnapshotIdIsRefused() {
    new StepRunner(regions).refuses(ActivityCatalog.RESTORE_ROUTING, "{'snapshotId':''}")
        .hasMessageContaining("'snapshotId'");
  }
}
