package io.drkit.router.replication;

import io.drkit.router.http.ApiException;
import io.drkit.router.items.Item;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The {@code replicated} write mode: polls the peer region's replica, with exponential backoff and full jitter
 * ({@link Backoff}), until it serves the write or the wait runs out. A peer that cannot be reached counts as not yet
 * replicated. A peer this region has fenced (a failover moved its traffic here) is not waited for: writes stand on
 * this region until a failback.
 */
public final class PeerReplicationGate implements ReplicationGate {

  static final Duration FIRST_PAUSE = Duration.ofMillis(10);
  /** Bounds how late a peer that recovers during the wait is noticed. */
  static final Duration LONGEST_PAUSE = Duration.ofMillis(500);

  /** How the gate pauses between polls. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final PeerReader peer;
  private final String peerRegion;
  private final Duration maxWait;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;

  public PeerReplicationGate(PeerReader peer, String peerRegion, Duration maxWait) {
    this(peer, peerRegion, maxWait,
        new Backoff(FIRST_PAUSE, LONGEST_PAUSE, () -> ThreadLocalRandom.current().nextDouble()),
        Thread::sleep, System::nanoTime);
  }

  /** With the pauses, the sleeping and the clock given: a test then waits for nothing. */
  PeerReplicationGate(PeerReader peer, String peerRegion, Duration maxWait, Backoff backoff, Sleeper sleeper,
      LongSupplier nanoTime) {
    this.peer = peer;
    this.peerRegion = peerRegion;
    this.maxWait = maxWait;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  @Override
  public void confirmWritten(Item item) {
    await(found -> found.filter(v -> v.version() > item.version()
            || v.version() == item.version() && v.updatedAt().equals(item.updatedAt())).isPresent(),
        item.id());
  }

  @Override
  public void confirmDeleted(String id) {
    await(Optional::isEmpty, id);
  }

  private void await(Predicate<Optional<PeerReader.PeerVersion>> replicated, String id) {
    if (peerFenced()) {
      return; // a failover took the peer out: this region stands alone until a failback
    }
    long deadline = nanoTime.getAsLong() + maxWait.toNanos();
    for (int attempt = 0; ; attempt++) {
      try {
        if (replicated.test(peer.find(id))) {
          return;
        }
      } catch (RuntimeException unreachable) {
        // the peer is down or slow: keep trying until the deadline, then refuse to acknowledge
      }
      long left = deadline - nanoTime.getAsLong();
      if (left <= 0) {
        throw ApiException.unavailable("replication_unconfirmed",
            "the write to item " + id + " is stored in this region, but " + peerRegion + " did not confirm it within "
                + maxWait.toMillis() + " ms; it is not acknowledged. Retry the request (POST with the same "
                + "Idempotency-Key) to confirm it",
            1);
      }
      sleep(Math.min(backoff.pauseMillis(attempt), Duration.ofNanos(left).toMillis() + 1));
    }
  }

  private boolean peerFenced() {
    try {
      return peer.fencedHere();
    } catch (RuntimeException unreadable) {
      return false; // not known to be fenced: confirm as usual
    }
  }

  private void sleep(long millis) {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("replication_unconfirmed", "interrupted while waiting for the peer region", 1);
    }
  }
}
