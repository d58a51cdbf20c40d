package io.drkit.activities.traffic;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static io.drkit.activities.testing.TestRegions.SINGAPORE_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import DR.TrafficNotShifted;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.ProbeResult;
import io.drkit.activities.testing.TestRegions;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrafficShiftTest {

  private static final URI SERVICE = URI.create("https://api.example.com");
  private final TestRegions lab = new TestRegions();

  private TrafficShift shift(ActivitySettings settings, Optional<FailoverRouting> routing) {
    return new TrafficShift(settings, routing, lab.probe);
  }

  @Test
  void theDefaultShiftLeavesDnsToTheHealthChecks() {
    Shift shifted = shift(lab.settings(), Optional.of(lab.routing)).shift(new ShiftInput(SINGAPORE, null));
    assertThat(shifted.method()).isEqualTo(ShiftInput.Method.HEALTH_CHECK);
    assertThat(shifted.changed()).isFalse();
    assertThat(lab.routing.changes()).isZero();
  }

  @Test
  void aRecordSwapMakesTheTargetPrimaryOnceAndRequiresTheRecords() {
    TrafficShift traffic = shift(lab.settings(), Optional.of(lab.routing));
    assertThat(traffic.shift(new ShiftInput(SINGAPORE, ShiftInput.Method.RECORD_SWAP)).changed()).isTrue();
    assertThat(lab.routing.primaryRegion()).contains(SINGAPORE);
    assertThat(traffic.shift(new ShiftInput(SINGAPORE, ShiftInput.Method.RECORD_SWAP)).changed()).isFalse();
    assertThatThrownBy(() -> shift(lab.settings(), Optional.empty())
        .shift(new ShiftInput(MUMBAI, ShiftInput.Method.RECORD_SWAP)))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("HOSTED_ZONE_ID");
  }

  @Test
  void verifiedWhenEveryProbeOfTheServiceNameIsServedByTheTarget() {
    ActivitySettings withService = ActivitySettings.builder().from(lab.settings()).serviceUrl(SERVICE).build();
    lab.probe.answer(SERVICE.resolve("/health"), ProbeResult.of(200, SINGAPORE));
    TrafficVerified verified = shift(withService, Optional.empty()).verify(new VerifyTrafficInput(SINGAPORE, 3));
    assertThat(verified.verified()).isEqualTo("service name serves the target");
    assertThat(lab.probe.probed()).hasSize(3);
  }

  @Test
  void clientsStillLandingInTheFailedRegionAreNotShifted() {
    ActivitySettings withService = ActivitySettings.builder().from(lab.settings()).serviceUrl(SERVICE).build();
    lab.probe.answer(SERVICE.resolve("/health"), ProbeResult.of(200, MUMBAI));
    assertThatThrownBy(() -> shift(withService, Optional.empty()).verify(new VerifyTrafficInput(SINGAPORE, null)))
        .isInstanceOf(TrafficNotShifted.class).hasMessageContaining("served by ap-south-1");
  }

  @Test
  void withoutAServiceNameTheTargetsOwnHealthMustAnswer() {
    TrafficShift traffic = shift(lab.settings(), Optional.empty());
    assertThatThrownBy(() -> traffic.verify(new VerifyTrafficInput(SINGAPORE, 1)))
        .isInstanceOf(TrafficNotShifted.class).hasMessageContaining("no answer");
    lab.probe.answer(SINGAPORE_HEALTH, ProbeResult.of(200, SINGAPORE));
    assertThat(traffic.verify(new VerifyTrafficInput(SINGAPORE, 1)).verified())
        .isEqualTo("target answers its /health");
  }
}
