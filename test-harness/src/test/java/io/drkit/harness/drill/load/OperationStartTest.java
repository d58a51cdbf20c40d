package io.drkit.harness.drill.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationStartTest {

  @Test
  void theEndIsTheWallClockStartPlusTheMonotonicTimeSince() {
    long tenMillisAgo = System.nanoTime() - 10_000_000;
    OperationStart start = new OperationStart(1_000_000L, tenMillisAgo);
    // whatever the wall clock says now, the operation lasted (at least) the 10 ms the monotonic clock measured
    assertThat(start.endMs()).isBetween(1_000_010L, 1_000_000L + 10_000);
  }
}
