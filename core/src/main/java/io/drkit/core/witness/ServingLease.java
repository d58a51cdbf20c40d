package io.drkit.core.witness;

/**
 * One region's permission to act, on its own monotonic clock: until the start of its last successful renewal at the
 * witness plus the lease, or the start of its last read of a peer that vouched for it plus the peer grant, whichever
 * is later. A renewal the witness refuses (the epoch moved, or another region acts alone) ends the permission at
 * once: the region learns it is fenced. Not thread-safe: one owner updates it.
 */
public final class ServingLease {

  private final String region;
  private final LeaseTerms terms;
  private long epoch;
  private boolean admitted = true;
  private long validUntil = Long.MIN_VALUE;
  private boolean valid;

  public ServingLease(String region, LeaseTerms terms, long epoch) {
    this.region = region;
    this.terms = terms;
    this.epoch = epoch;
  }

  public long epoch() {
    return epoch;
  }

  /** Whether the witness's latest answer admits this region. */
  public boolean admitted() {
    return admitted;
  }

  /** A renewal that started at {@code startedNanos} was answered {@code outcome}. */
  public void renewal(long startedNanos, Witness.Outcome outcome) {
    WitnessState state = outcome.state();
    if (outcome.applied()) {
      extend(startedNanos + terms.lease().toNanos());
      return;
    }
    epoch = state.epoch();
    admitted = state.admits(region);
    if (!admitted) {
      valid = false; // fenced: another region acts alone in a newer epoch
    }
  }

  /** A read of the peer's view that started at {@code startedNanos}. */
  public void peerRead(long startedNanos, PeerView view) {
    if (view.vouchesFor(epoch) && admitted) {
      extend(startedNanos + terms.peerGrant().toNanos());
    }
  }

  /** Whether the region may act now, its permission lasting the margin beyond it. */
  public boolean mayAct(long nowNanos) {
    return valid && admitted && validUntil - (nowNanos + terms.margin().toNanos()) > 0;
  }

  /** Whether the permission still holds at {@code nowNanos}, margin aside: what a write that began in time relies on. */
  public boolean holds(long nowNanos) {
    return valid && admitted && validUntil - nowNanos > 0;
  }

  private void extend(long until) {
    if (!valid || until - validUntil > 0) {
      validUntil = until;
    }
    valid = true;
  }
}
