package io.drkit.router.replication;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The pauses between polls of the peer: exponential backoff with full jitter. Each pause is drawn at random from
 * zero up to a ceiling that starts small and doubles to a cap, so a write the peer confirms at once waits little,
 * while the writes waiting on a degraded peer poll it less and less often, and not in step.
 */
final class Backoff {

  private final long firstMillis;
  private final long capMillis;
  private final DoubleSupplier random;

  /** @param random draws from [0, 1) */
  Backoff(Duration first, Duration cap, DoubleSupplier random) {
    this.firstMillis = first.toMillis();
    this.capMillis = cap.toMillis();
    this.random = random;
  }

  /** The pause after poll number {@code attempt} (0 for the first poll). */
  long pauseMillis(int attempt) {
    long ceiling = Math.min(capMillis, firstMillis << Math.min(attempt, 30)); // the shift cannot overflow
    return (long) (random.getAsDouble() * (ceiling + 1));
  }
}
