package io.drkit.core.witness;

import java.time.Duration;
import java.util.Optional;

/**
 * How one region comes to act alone: it stops vouching for its peer (its view says a takeover is under way), reads
 * the witness, watches the peer's lease version stand still for {@link LeaseTerms#takeoverWait()} on its own clock,
 * then compare-and-sets the next epoch with itself alone, on condition that the version still stands. By then every
 * lease and peer grant the peer held has run out, on any clock within the drift. A version that moved means the peer
 * still reaches the witness: no takeover. The steps are separate so that a caller can wait between them as it likes
 * (a Wait state, a sleep, a simulation's clock).
 */
public final class Takeover {

  private final String by;
  private final String other;
  private final LeaseTerms terms;
  private WitnessState watched;
  private long watchedSince;

  public Takeover(String by, String other, LeaseTerms terms) {
    this.by = by;
    this.other = other;
    this.terms = terms;
  }

  /** Starts watching; call after the view that stops vouching for the peer is published. */
  public WitnessState watch(Witness witness, long nowNanos) {
    watched = witness.read();
    watchedSince = nowNanos;
    return watched;
  }

  /** How much longer to watch before {@link #complete} may succeed. */
  public Duration remaining(long nowNanos) {
    long left = terms.takeoverWait().toNanos() - (nowNanos - watchedSince);
    return Duration.ofNanos(Math.max(0, left));
  }

  /**
   * The compare-and-set, once the wait is over: the new state if this region now acts alone, empty if the peer
   * renewed meanwhile, another change came first, or the wait is not over yet.
   */
  public Optional<WitnessState> complete(Witness witness, long nowNanos) {
    if (watched == null || !remaining(nowNanos).isZero() || !watched.admits(by)) {
      return Optional.empty();
    }
    Witness.Outcome outcome = witness.takeOver(by, watched.epoch(), other, watched.leaseVersion(other));
    return outcome.applied() ? Optional.of(outcome.state()) : Optional.empty();
  }
}
