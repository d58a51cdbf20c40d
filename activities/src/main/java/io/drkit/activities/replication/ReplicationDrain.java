package io.drkit.activities.replication;

import DR.RegionUnreachable;
import DR.ReplicationNotDrained;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.MonotonicClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Waits for replication from one region to the other to drain: writes a marker into the source region's control
 * table and waits, bounded, until the destination's replica serves it. Writes made in the source before the marker
 * have had the same path to travel. The marker's key is the caller's token, so a retry waits for the same marker.
 */
public final class ReplicationDrain {

  static final Duration POLL = Duration.ofMillis(200);
  /** Markers are kept a day (DynamoDB TTL): long enough for any retry to find its own. */
  static final Duration MARKER_LIFETIME = Duration.ofDays(1);

  private final ControlReplicas control;
  private final Clock clock;
  private final MonotonicClock timer;

  public ReplicationDrain(ControlReplicas control, Clock clock, MonotonicClock timer) {
    this.control = control;
    this.clock = clock;
    this.timer = timer;
  }

  public Drained drain(DrainInput input) {
    String key = "drain#" + input.fromRegion() + ">" + input.toRegion() + "#" + input.token();
    Instant started = clock.instant();
    long startedNanos = timer.nanoTime();
    try {
      control.in(input.fromRegion()).putMarker(key, Map.of("writtenAt", started.toString()),
          Optional.of(started.plus(MARKER_LIFETIME)));
    } catch (RuntimeException e) {
      throw new RegionUnreachable("cannot write the drain marker in " + input.fromRegion() + ": " + e.getMessage(), e);
    }
    MonotonicClock.Deadline deadline = timer.deadline(Duration.ofSeconds(input.timeoutSeconds()));
    while (control.in(input.toRegion()).marker(key).isEmpty()) {
      if (deadline.passed()) {
        throw new ReplicationNotDrained("replication from " + input.fromRegion() + " to " + input.toRegion()
            + " did not drain within " + input.timeoutSeconds() + " s");
      }
      try {
        timer.pause(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReplicationNotDrained("interrupted while waiting for replication to drain");
      }
    }
    return new Drained(input.fromRegion(), input.toRegion(), (timer.nanoTime() - startedNanos) / 1_000_000);
  }
}
