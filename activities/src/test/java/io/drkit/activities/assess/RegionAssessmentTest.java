package io.drkit.activities.assess;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.MUMBAI_HEALTH;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static io.drkit.activities.testing.TestRegions.SINGAPORE_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.TargetUnhealthy;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.drkit.activities.assess.OutsideView.OutsideVerdict;
import io.drkit.activities.support.ProbeResult;
import io.drkit.activities.testing.TestRegions;
import io.drkit.core.control.Heartbeat;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionAssessmentTest {

  private final TestRegions lab = new TestRegions();
  private final AtomicReference<Optional<OutsideVerdict>> outside = new AtomicReference<>(Optional.empty());
  private final RegionAssessment assessment = new RegionAssessment(lab.settings(), lab.control, lab.probe,
      region -> outside.get(), lab.time);

  @BeforeEach
  void targetServes() {
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(200, SINGAPORE));
  }

  private Assessment assess() {
    return assessment.assess(new AssessInputBuilder().failedRegion(MUMBAI).targetRegion(SINGAPORE)
        .staleAfterSeconds(10L).build());
  }

  private void heartbeat(Duration age, String selfChecks) {
    lab.control.in(SINGAPORE).writeHeartbeat(MUMBAI, new Heartbeat(lab.time.instant().minus(age), selfChecks));
  }

  @Test
  void aFreshHeartbeatWhoseOwnProbesPassIsAFalseAlarm() {
    heartbeat(Duration.ofSeconds(2), "111110");
    Assessment seen = assess();
    assertThat(seen.falseAlarm()).isTrue();
    assertThat(seen.verdict()).startsWith("serving");
    assertThat(seen.failedHeartbeatAgeMs()).isEqualTo(2000L);
    assertThat(seen.route53()).as("nobody outside is asked about a region that beats").isNull();
  }

  @Test
  void aFreshHeartbeatReportingTwoFailedSelfProbesIsAFailure() {
    heartbeat(Duration.ofSeconds(2), "110101");
    Assessment seen = assess();
    assertThat(seen.falseAlarm()).isFalse();
    assertThat(seen.verdict()).startsWith("failing");
  }

  @Test
  void aStaleHeartbeatWithNobodyOutsideToAskIsGone() {
    heartbeat(Duration.ofSeconds(30), "111111");
    Assessment seen = assess();
    assertThat(seen.falseAlarm()).isFalse();
    assertThat(seen.partitionSuspected()).isFalse();
    assertThat(seen.verdict()).startsWith("gone");
  }

  @Test
  void noHeartbeatAtAllIsGone() {
    Assessment seen = assess();
    assertThat(seen.failedHeartbeatAgeMs()).isNull();
    assertThat(seen.verdict()).startsWith("gone");
  }

  @Test
  void aStaleHeartbeatWhileTheOutsideStillReachesTheRegionIsAPartition() {
    heartbeat(Duration.ofSeconds(30), "111111");
    outside.set(Optional.of(new OutsideVerdict("hc-1", 16, 15)));
    Assessment seen = assess();
    assertThat(seen.partitionSuspected()).isTrue();
    assertThat(seen.falseAlarm()).as("failing over would make two writers").isTrue();
    assertThat(seen.route53().healthy()).isTrue();
  }

  @Test
  void aStaleHeartbeatThatTheOutsideCannotReachEitherIsGone() {
    heartbeat(Duration.ofSeconds(30), "111111");
    outside.set(Optional.of(new OutsideVerdict("hc-1", 16, 2)));
    Assessment seen = assess();
    assertThat(seen.partitionSuspected()).isFalse();
    assertThat(seen.verdict()).startsWith("gone");
  }

  @Test
  void aFencedRegionIsAlreadyFailedOver() {
    lab.control.in(SINGAPORE).setFence(MUMBAI, true, "failover", lab.time.instant());
    Assessment seen = assess();
    assertThat(seen.alreadyFailedOver()).isTrue();
    assertThat(seen.falseAlarm()).isFalse();
  }

  @Test
  void anUnhealthyTargetStopsTheFailoverBeforeAnythingMoves() {
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(503, SINGAPORE));
    assertThatThrownBy(this::assess).isInstanceOf(TargetUnhealthy.class).hasMessageContaining("503");
    lab.probe.silence(SINGAPORE_HEALTH);
    assertThatThrownBy(this::assess).isInstanceOf(TargetUnhealthy.class).hasMessageContaining("no answer");
  }

  @Test
  void aFailbackAcceptsAFencedTargetButNothingElseWrong() {
    var fenced = JsonNodeFactory.instance.objectNode().put("status", "fenced");
    lab.probe.answer(SINGAPORE_HEALTH, new ProbeResult(503, Optional.of(SINGAPORE), Optional.of(fenced), 3));
    AssessInput failback = new AssessInputBuilder().failedRegion(MUMBAI).targetRegion(SINGAPORE)
        .mode(AssessInput.Mode.GRACEFUL).acceptFenced(true).build();
    assertThat(assessment.assess(failback).targetHealthy()).isTrue();
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(503, SINGAPORE));
    assertThatThrownBy(() -> assessment.assess(failback)).isInstanceOf(TargetUnhealthy.class);
  }

  @Test
  void aPlannedMoveProbesTheFailedRegionAndIsNeverAFalseAlarm() {
    heartbeat(Duration.ofSeconds(1), "111111");
    lab.probe.answer(MUMBAI_HEALTH, ProbeResult.of(200, MUMBAI));
    Assessment seen = assessment.assess(new AssessInputBuilder().failedRegion(MUMBAI).targetRegion(SINGAPORE)
        .mode(AssessInput.Mode.GRACEFUL).build());
    assertThat(seen.verdict()).isEqualTo("planned");
    assertThat(seen.falseAlarm()).isFalse();
    assertThat(seen.failedHealthStatus()).isEqualTo(200);
  }

  @Test
  void anUngracefulFailoverNeverCallsTheFailedRegion() {
    heartbeat(Duration.ofSeconds(30), "111111");
    assess();
    assertThat(lab.probe.probed()).containsOnly(SINGAPORE_HEALTH);
  }
}
