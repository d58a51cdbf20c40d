package io.drkit.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void keepsTheLatestSelfChecksOldestFirstWithinTheWindow() {
    Heartbeat beat = Heartbeat.at(T);
    for (boolean ok : new boolean[] {false, true, true, true, true, true, true}) {
      beat = beat.next(T.plusSeconds(1), ok);
    }
    assertThat(beat.selfChecks()).isEqualTo("111111");
    Heartbeat failed = beat.next(T.plusSeconds(2), false);
    assertThat(failed.selfChecks()).isEqualTo("111110");
    assertThat(failed.selfFailures()).isEqualTo(1);
    assertThat(failed.at()).isEqualTo(T.plusSeconds(2));
  }

  @Test
  void refusesChecksThatAreNotAWindowOfZerosAndOnes() {
    assertThatThrownBy(() -> new Heartbeat(T, "12")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Heartbeat(T, "1111111")).isInstanceOf(IllegalArgumentException.class);
  }
}
