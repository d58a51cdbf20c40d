package io.drkit.core.witness;

import java.time.Duration;
import java.util.Objects;

/**
 * The protocol's durations. A region acts for {@code lease} after the start of its last successful renewal, or for
 * {@code peerGrant} after the start of its last read of a peer that vouches for it, each measured on its own
 * monotonic clock. {@code drift} bounds how much faster one region's clock may run than the other's (0.01: 1 %);
 * skew between the clocks does not matter, as no instant of one clock is compared with the other's.
 * {@code margin} covers what elapses between a region's check and its write landing: a region acts only while its
 * permission lasts at least that much longer.
 */
public record LeaseTerms(Duration lease, Duration peerGrant, double drift, Duration margin) {

  public LeaseTerms {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(peerGrant, "peerGrant");
    Objects.requireNonNull(margin, "margin");
    if (lease.isNegative() || lease.isZero() || peerGrant.isNegative() || peerGrant.isZero()) {
      throw new IllegalArgumentException("lease and peer grant must be positive");
    }
    if (drift < 0 || drift >= 0.5) {
      throw new IllegalArgumentException("drift must be from 0 to 0.5, not " + drift);
    }
  }

  /**
   * How long a region taking over must watch the other's lease version stand still, on its own clock: longer than
   * any lease or peer grant the other can hold, even when the other's clock runs slow and this one's fast.
   */
  public Duration takeoverWait() {
    long longest = Math.max(lease.toNanos(), peerGrant.toNanos());
    double stretch = (1 + drift) * (1 + drift);
    return Duration.ofNanos((long) Math.ceil(longest * stretch));
  }
}
