package io.drkit.harness.lab.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HealthCheckStateTest {

  @Test
  void turnsUnhealthyOnlyAfterThresholdConsecutiveFailures() {
    HealthCheckState state = new HealthCheckState(3, false, false);
    assertThat(state.record(false)).isFalse();
    assertThat(state.record(false)).isFalse();
    assertThat(state.record(true)).isFalse(); // the streak is broken
    assertThat(state.record(false)).isFalse();
    assertThat(state.record(false)).isFalse();
    assertThat(state.healthy()).isTrue();
    assertThat(state.record(false)).isTrue();
    assertThat(state.healthy()).isFalse();
  }

  @Test
  void recoversAfterThresholdConsecutivePasses() {
    HealthCheckState state = new HealthCheckState(2, false, false);
    state.record(false);
    state.record(false);
    assertThat(state.record(true)).isFalse();
    assertThat(state.healthy()).isFalse();
    assertThat(state.record(true)).isTrue();
    assertThat(state.healthy()).isTrue();
  }

  @Test
  void invertedReportsTheOppositeAndInvertingChangesTheVerdictAtOnce() {
    HealthCheckState state = new HealthCheckState(1, false, false);
    assertThat(state.reconfigure(1, true, false)).isTrue();
    assertThat(state.healthy()).isFalse();
    state.record(false);
    assertThat(state.healthy()).isTrue();
  }

  @Test
  void disabledIsAlwaysHealthy() {
    HealthCheckState state = new HealthCheckState(1, false, true);
    assertThat(state.record(false)).isFalse();
    assertThat(state.healthy()).isTrue();
    assertThat(state.reconfigure(1, false, false)).as("enabling shows the failing checks").isTrue();
    assertThat(state.healthy()).isFalse();
  }

  @Test
  void rejectsAThresholdBelowOne() {
    assertThatThrownBy(() -> new HealthCheckState(0, false, false)).hasMessageContaining("at least 1");
  }
}
