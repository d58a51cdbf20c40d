package io.drkit.workflows.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time as the engine sees it. The virtual clock makes Wait states, Retry intervals and timeouts pass at once (tests,
 * conformance); the system clock waits for real (the lab).
 */
public interface EngineClock {

  Instant now();

  /** Lets {@code duration} pass. */
  void sleep(Duration duration) throws InterruptedException;

  /** Whether waiting costs real time; the engine then runs Map and Parallel branches concurrently. */
  boolean isReal();

  static EngineClock system() {
    return new EngineClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      }

      @Override
      public boolean isReal() {
        return true;
      }
    };
  }

  /** A clock that starts at {@code start} and jumps ahead on every sleep. */
  static EngineClock virtual(Instant start) {
    AtomicLong nanos = new AtomicLong();
    return new EngineClock() {
      @Override
      public Instant now() {
        return start.plusNanos(nanos.get());
      }

      @Override
      public void sleep(Duration duration) {
        if (!duration.isNegative()) {
          nanos.addAndGet(duration.toNanos());
        }
      }

      @Override
      public boolean isReal() {
        return false;
      }
    };
  }
}
