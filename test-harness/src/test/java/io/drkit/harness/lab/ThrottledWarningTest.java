package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledWarningTest {

  private final AtomicLong now = new AtomicLong();
  private final List<String> lines = new ArrayList<>();
  private final ThrottledWarning warning = new ThrottledWarning(Duration.ofSeconds(30), now::get, lines::add);

  @Test
  void theFirstFailureIsWarnedOfAtOnce() {
    warning.failed("the health-checker run in ap-south-1", new IllegalStateException("peer unreachable"));
    assertThat(lines).containsExactly(
        "the health-checker run in ap-south-1 failed: java.lang.IllegalStateException: peer unreachable");
  }

  @Test
  void repeatsWithinTheIntervalAreCountedNotWarnedOf() {
    for (int run = 0; run < 60; run++) { // half a minute of runs twice a second
      warning.failed("a run", new IllegalStateException("down"));
      now.addAndGet(Duration.ofMillis(500).toNanos());
    }
    warning.failed("a run", new IllegalStateException("still down"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).isEqualTo("a run failed: java.lang.IllegalStateException: still down "
        + "(59 more failures since the last warning)");
  }
}
