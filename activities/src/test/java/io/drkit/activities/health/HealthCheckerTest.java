package io.drkit.activities.health;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.MUMBAI_HEALTH;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static io.drkit.activities.testing.TestRegions.SINGAPORE_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.support.ProbeResult;
import io.drkit.activities.testing.TestRegions;
import io.drkit.core.control.Heartbeat;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthCheckerTest {

  private final TestRegions lab = new TestRegions();
  private final HealthChecker checker = new HealthChecker(lab.settings(), lab.control, lab.probe, lab.metrics,
      lab.time);

  @Test
  void theHeartbeatKeepsTheLatestSelfProbesThroughTheLoadBalancer() {
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(200, SINGAPORE));
    checker.check();
    checker.check();
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(503, SINGAPORE));
    HealthReport report = checker.check();
    assertThat(report.selfChecks()).isEqualTo("110");
    assertThat(lab.control.in(SINGAPORE).latestHeartbeat(SINGAPORE)).map(Heartbeat::selfChecks).contains("110");
    assertThat(lab.metrics.last("SelfHealthy")).isEqualTo(0.0);
  }

  @Test
  void thePeersHeartbeatAgeIsItsReplicationLagAndAnAnsweringPeerIsHealthy() {
    lab.control.in(SINGAPORE).writeHeartbeat(MUMBAI, Heartbeat.at(lab.time.instant().minus(Duration.ofSeconds(3))));
    lab.probe.answer(MUMBAI_HEALTH, ProbeResult.of(200, MUMBAI));
    PeerHealth peer = checker.check().peers().get(MUMBAI);
    assertThat(peer).isEqualTo(new PeerHealth(true, false, 3000L));
    assertThat(lab.metrics.last("PeerHealthy")).isEqualTo(1.0);
    assertThat(lab.metrics.last("PeerHeartbeatAge")).isEqualTo(3000.0);
  }

  @Test
  void aSilentPeerIsUnhealthyAndItsUnknownAgeIsLeftOut() {
    PeerHealth peer = checker.check().peers().get(MUMBAI);
    assertThat(peer).isEqualTo(new PeerHealth(false, false, null));
    assertThat(lab.metrics.last("PeerHealthy")).isEqualTo(0.0);
    assertThat(lab.metrics.last("PeerHeartbeatAge")).isNull();
  }

  @Test
  void aPeerFencedHereStaysUnhealthyWhateverItsHealthSaysSoAFlapStartsOneFailover() {
    lab.probe.answer(MUMBAI_HEALTH, ProbeResult.of(200, MUMBAI));
    lab.control.in(SINGAPORE).setFence(MUMBAI, true, "failover", lab.time.instant());
    PeerHealth peer = checker.check().peers().get(MUMBAI);
    assertThat(peer.fenced()).isTrue();
    assertThat(peer.healthy()).isFalse();
  }
}
