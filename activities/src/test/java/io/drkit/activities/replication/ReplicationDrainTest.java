package io.drkit.activities.replication;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.RegionUnreachable;
import DR.ReplicationNotDrained;
import io.drkit.activities.testing.TestRegions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplicationDrainTest {

  private final TestRegions lab = new TestRegions();
  private final ReplicationDrain drain = new ReplicationDrain(lab.control, lab.time, lab.time);

  @Test
  void drainedWhenTheMarkerArrivesInTheOtherRegionAndSaysHowLongItTook() {
    AtomicInteger pauses = new AtomicInteger();
    lab.time.onPause(() -> {
      if (pauses.incrementAndGet() == 3) {
        lab.control.replicate(MUMBAI, SINGAPORE);
      }
    });
    Drained drained = drain.drain(new DrainInput(MUMBAI, SINGAPORE, "exec-1", null));
    assertThat(drained.drainedMs()).isEqualTo(3 * ReplicationDrain.POLL.toMillis());
    assertThat(lab.control.in(MUMBAI).markers()).containsKey("drain#ap-south-1>ap-southeast-1#exec-1");
  }

  @Test
  void notDrainedWithinTheTimeoutIsReplicationNotDrained() {
    assertThatThrownBy(() -> drain.drain(new DrainInput(MUMBAI, SINGAPORE, "exec-1", 2L)))
        .isInstanceOf(ReplicationNotDrained.class).hasMessageContaining("within 2 s");
  }

  @Test
  void aSourceThatCannotBeWrittenIsUnreachableNotStuck() {
    lab.control.unreachable(MUMBAI);
    assertThatThrownBy(() -> drain.drain(new DrainInput(MUMBAI, SINGAPORE, "exec-1", null)))
        .isInstanceOf(RegionUnreachable.class).hasMessageContaining(MUMBAI);
  }

  @Test
  void aRetryWaitsForTheSameMarker() {
    lab.time.onPause(() -> lab.control.replicate(MUMBAI, SINGAPORE));
    drain.drain(new DrainInput(MUMBAI, SINGAPORE, "exec-1", null));
    drain.drain(new DrainInput(MUMBAI, SINGAPORE, "exec-1", null));
    assertThat(lab.control.in(MUMBAI).markers()).hasSize(1);
  }
}
