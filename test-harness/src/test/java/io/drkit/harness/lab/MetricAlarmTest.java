package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricAlarmTest {

  private final List<String> changes = new ArrayList<>();
  private final MetricAlarm alarm = new MetricAlarm("drkit-peer-unhealthy-ap-south-1", MetricAlarm.Condition.peerUnhealthy(), Duration.ofSeconds(1), 3, 3,
      (state, reason) -> changes.add(state));

  @Test
  void firesAfterThreeBreachingPeriodsAndClearsAfterHealthyOnes() {
    alarm.datapoint(10_100, 0);
    alarm.datapoint(11_100, 0);
    assertThat(alarm.evaluate(12_000)).isEqualTo(MetricAlarm.OK);
    alarm.datapoint(12_500, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(MetricAlarm.ALARM);
    alarm.datapoint(13_100, 1);
    assertThat(alarm.evaluate(14_000)).as("two breaching of three is not three").isEqualTo(MetricAlarm.OK);
    assertThat(changes).containsExactly(MetricAlarm.ALARM, MetricAlarm.OK);
  }

  @Test
  void theMinimumOfAPeriodCounts() {
    alarm.datapoint(10_100, 1);
    alarm.datapoint(10_600, 0);
    alarm.datapoint(11_100, 0);
    alarm.datapoint(12_100, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(MetricAlarm.ALARM);
  }

  @Test
  void aMissingDatapointKeepsTheStateEitherWay() {
    alarm.datapoint(10_100, 0);
    alarm.datapoint(11_100, 0);
    alarm.datapoint(12_100, 0);
    assertThat(alarm.evaluate(13_000)).isEqualTo(MetricAlarm.ALARM);
    alarm.datapoint(14_100, 0); // nothing in the period from 13 s
    assertThat(alarm.evaluate(15_000)).as("a late run does not clear it").isEqualTo(MetricAlarm.ALARM);
    assertThat(alarm.evaluate(20_000)).as("nor does silence").isEqualTo(MetricAlarm.ALARM);
    assertThat(changes).containsExactly(MetricAlarm.ALARM);
  }

  @Test
  void silenceDoesNotRaiseIt() {
    assertThat(alarm.evaluate(20_000)).isEqualTo(MetricAlarm.OK);
    alarm.datapoint(20_100, 0);
    assertThat(alarm.evaluate(23_000)).isEqualTo(MetricAlarm.OK);
    assertThat(changes).isEmpty();
  }

  @Test
  void anErrorSumAlarmFiresAboveItsThresholdAndClearsWhenThePeriodIsQuiet() {
    List<String> seen = new ArrayList<>();
    MetricAlarm errors = new MetricAlarm("drkit-router-errors-ap-south-1", MetricAlarm.Condition.sumAbove(3),
        Duration.ofSeconds(1), 1, 1, (state, reason) -> seen.add(state));
    errors.datapoint(10_100, 1);
    errors.datapoint(10_500, 1);
    errors.datapoint(10_900, 1);
    assertThat(errors.evaluate(11_000)).as("three is not more than three").isEqualTo(MetricAlarm.OK);
    errors.datapoint(11_200, 2);
    errors.datapoint(11_700, 2);
    assertThat(errors.evaluate(12_000)).isEqualTo(MetricAlarm.ALARM);
    assertThat(errors.evaluate(13_000)).as("no errors reported: not breaching").isEqualTo(MetricAlarm.OK);
    assertThat(seen).containsExactly(MetricAlarm.ALARM, MetricAlarm.OK);
  }
}
