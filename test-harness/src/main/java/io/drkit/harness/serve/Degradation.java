package io.drkit.harness.serve;

import java.time.Duration;

/**
 * A gray failure of a region's serving path: a share of requests fail (the load balancer answers 502, as for a
 * failing Lambda target) and every request takes longer. {@link #NONE} is a healthy path.
 */
public record Degradation(double errorShare, Duration addedLatency) {

  public static final Degradation NONE = new Degradation(0, Duration.ZERO);

  public Degradation {
    if (!(errorShare >= 0 && errorShare <= 1)) {
      throw new IllegalArgumentException("the error share is between 0 and 1, not " + errorShare);
    }
    if (addedLatency.isNegative() || addedLatency.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException("the added latency is between 0 and 60 s, not " + addedLatency);
    }
  }

  public boolean degraded() {
    return errorShare > 0 || !addedLatency.isZero();
  }

  @Override
  public String toString() {
    return Math.round(errorShare * 100) + "% errors, +" + addedLatency.toMillis() + " ms";
  }
}
