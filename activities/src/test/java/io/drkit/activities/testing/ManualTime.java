package io.drkit.activities.testing;

import io.drkit.activities.support.MonotonicClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that moves only when a test moves it or a wait pauses: the wall clock and the monotonic one move together,
 * so a 30-second wait takes no time. Hooks run on every pause (replication arriving, say).
 */
public final class ManualTime extends Clock implements MonotonicClock {

  private Instant now;
  private long nanos;
  private final List<Runnable> onPause = new ArrayList<>();

  public ManualTime(Instant start) {
    this.now = start;
  }

  public static ManualTime at(String instant) {
    return new ManualTime(Instant.parse(instant));
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
    nanos += duration.toNanos();
  }

  /** Runs {@code hook} at every pause, after the time moved. */
  public ManualTime onPause(Runnable hook) {
    onPause.add(hook);
    return this;
  }

  @Override
  public long nanoTime() {
    return nanos;
  }

  @Override
  public void pause(Duration duration) {
    advance(duration);
    onPause.forEach(Runnable::run);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
