package io.drkit.core.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A region's heartbeat as its health-checker writes it: when, and the outcomes of its latest probes of its own
 * /health through its own load balancer ({@code selfChecks}, oldest first, {@code 1} passed, {@code 0} failed).
 * A fresh heartbeat says the region's control plane runs and replicates; its self checks say whether the region
 * can serve. A region whose router is throttled or half failing still beats, but reports its own failures.
 */
public record Heartbeat(Instant at, String selfChecks) {

  /** How many self checks a heartbeat remembers. */
  public static final int WINDOW = 6;

  public Heartbeat {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(selfChecks, "selfChecks");
    if (!selfChecks.matches("[01]{0," + WINDOW + "}")) {
      throw new IllegalArgumentException("self checks are up to " + WINDOW + " of 0 and 1, not " + selfChecks);
    }
  }

  public static Heartbeat at(Instant at) {
    return new Heartbeat(at, "");
  }

  /** The next heartbeat: this one's checks plus the latest, the oldest dropped past the window. */
  public Heartbeat next(Instant at, boolean selfHealthy) {
    String checks = selfChecks + (selfHealthy ? '1' : '0');
    return new Heartbeat(at, checks.substring(Math.max(0, checks.length() - WINDOW)));
  }

  public int selfFailures() {
    return (int) selfChecks.chars().filter(c -> c == '0').count();
  }
}
