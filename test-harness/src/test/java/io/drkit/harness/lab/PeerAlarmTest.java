package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerAlarmTest {

  private final List<String> changes = new ArrayList<>();
  private final PeerAlarm alarm = new PeerAlarm("drkit-peer-unhealthy-ap-south-1", Duration.ofSeconds(1), 3, 3,
      (state, reason) -> changes.add(state));

  @Test
  void firesAfterThreeBreachingPeriodsAndClearsAfterHealthyOnes() {
    alarm.datapoint(10_100, 0);
    alarm.datapoint(11_100, 0);
    assertThat(alarm.evaluate(12_000)).isEqualTo(PeerAlarm.OK);
    alarm.datapoint(12_500, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(PeerAlarm.ALARM);
    alarm.datapoint(13_100, 1);
    assertThat(alarm.evaluate(14_000)).as("two breaching of three is not three").isEqualTo(PeerAlarm.OK);
    assertThat(changes).containsExactly(PeerAlarm.ALARM, PeerAlarm.OK);
  }

  @Test
  void theMinimumOfAPeriodCounts() {
    alarm.datapoint(10_100, 1);
    alarm.datapoint(10_600, 0);
    alarm.datapoint(11_100, 0);
    alarm.datapoint(12_100, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(PeerAlarm.ALARM);
  }

  @Test
  void aMissingDatapointKeepsTheStateEitherWay() {
    alarm.datapoint(10_100, 0);
    alarm.datapoint(11_100, 0);
    alarm.datapoint(12_100, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(PeerAlarm.ALARM);
    alarm.datapoint(14_100, 0); // nothing in the period from 13 s
    assertThat(alarm.evaluate(15_000)).as("a late run does not clear it").isEqualTo(PeerAlarm.ALARM);
    assertThat(alarm.evaluate(20_000)).as("nor does silence").isEqualTo(PeerAlarm.ALARM);
    assertThat(changes).containsExactly(PeerAlarm.ALARM);
  }

  @Test
  void silenceDoesNotRaiseIt() {
    assertThat(alarm.evaluate(20_000)).isEqualTo(PeerAlarm.OK);
    alarm.datapoint(20_100, 0);
    assertThat(alarm.evaluate(23_000)).isEqualTo(PeerAlarm.OK);
    assertThat(changes).isEmpty();
  }
}
