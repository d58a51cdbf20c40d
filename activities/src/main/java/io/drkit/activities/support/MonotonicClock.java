package io.drkit.activities.support;

import java.time.Duration;

/**
 * Time for bounded waits: a monotonic reading for deadlines (wall-clock time may jump) and the pause between two
 * looks. Tests pass one that moves only when paused, so a 30-second wait takes no time.
 */
public interface MonotonicClock {

  long nanoTime();

  void pause(Duration duration) throws InterruptedException;

  /** The machine's own. */
  static MonotonicClock system() {
    return new MonotonicClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
      }
    };
  }

  /** A deadline this far from now. */
  default Deadline deadline(Duration timeout) {
    long end = nanoTime() + timeout.toNanos();
    return () -> nanoTime() - end >= 0;
  }

  /** Whether a wait's time is up. */
  @FunctionalInterface
  interface Deadline {
    boolean passed();
  }
}
