package io.drkit.harness.drill.load;

/**
 * When an operation began, by both clocks: the wall clock stamps it in the history, the monotonic clock measures how
 * long it took, so a step of the wall clock while it runs does not stretch or shrink it.
 */
record OperationStart(long wallMs, long monotonicNanos) {

  static OperationStart now() {
    return new OperationStart(System.currentTimeMillis(), System.nanoTime());
  }

  /** The operation's end stamp, now: its start plus the time the monotonic clock measured since. */
  long endMs() {
    return wallMs + (System.nanoTime() - monotonicNanos) / 1_000_000;
  }
}
