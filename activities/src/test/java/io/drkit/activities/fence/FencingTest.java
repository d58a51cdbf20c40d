package io.drkit.activities.fence;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import io.drkit.activities.testing.TestRegions;
import org.junit.jupiter.api.Test;

class FencingTest {

  private final TestRegions lab = new TestRegions();
  private final Fencing fencing = new Fencing(lab.settings(), lab.control, lab.time);

  @Test
  void aFenceIsWrittenInThisRegionsReplicaOnlyWithItsReason() {
    FenceChange change = fencing.fence(new FenceInput(MUMBAI, "failover to ap-southeast-1"));
    assertThat(change).isEqualTo(new FenceChange(MUMBAI, true, SINGAPORE));
    assertThat(lab.control.in(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
    assertThat(lab.control.in(SINGAPORE).fence(MUMBAI).reason()).contains("failover to ap-southeast-1");
    assertThat(lab.control.in(MUMBAI).fence(MUMBAI).fenced()).as("replication carries it there").isFalse();
  }

  @Test
  void fencingTwiceChangesNothingAndUnfencingLiftsIt() {
    fencing.fence(new FenceInput(MUMBAI, null));
    fencing.fence(new FenceInput(MUMBAI, null));
    assertThat(lab.control.in(SINGAPORE).fence(MUMBAI).reason()).contains("failover");
    fencing.unfence(new FenceInput(MUMBAI, null));
    assertThat(lab.control.in(SINGAPORE).fence(MUMBAI).fenced()).isFalse();
    assertThat(lab.control.in(SINGAPORE).fence(MUMBAI).reason()).contains("failback");
  }

  @Test
  void aRegionOutsideTheDeploymentIsRefused() {
    assertThatThrownBy(() -> fencing.fence(new FenceInput("eu-west-1", null))).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("eu-west-1");
  }
}
