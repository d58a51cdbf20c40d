package io.drkit.router.replication;

import io.drkit.router.http.ApiException;
import io.drkit.router.items.Item;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code replicated} write mode: polls the peer region's replica, with growing pauses, until it serves the
 * write or the wait runs out. A peer that cannot be reached counts as not yet replicated. A peer this region has
 * fenced (a failover moved its traffic here) is not waited for: writes stand on this region until a failback.
 */
public final class PeerReplicationGate implements ReplicationGate {

  private static final long FIRST_PAUSE_MILLIS = 5;
  private static final long LONGEST_PAUSE_MILLIS = 100;

  private final PeerReader peer;
  private final String peerRegion;
  private final Duration maxWait;

  public PeerReplicationGate(PeerReader peer, String peerRegion, Duration maxWait) {
    this.peer = peer;
    this.peerRegion = peerRegion;
    this.maxWait = maxWait;
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
    long deadline = System.nanoTime() + maxWait.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      try {
        if (replicated.test(peer.find(id))) {
          return;
        }
      } catch (RuntimeException unreachable) {
        // the peer is down or slow: keep trying until the deadline, then refuse to acknowledge
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw ApiException.unavailable("replication_unconfirmed",
            "the write to item " + id + " is stored in this region, but " + peerRegion + " did not confirm it within "
                + maxWait.toMillis() + " ms; it is not acknowledged. Retry the request (POST with the same "
                + "Idempotency-Key) to confirm it",
            1);
      }
      sleep(Math.min(pause, Duration.ofNanos(left).toMillis() + 1));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
    }
  }

  private boolean peerFenced() {
    try {
      return peer.fencedHere();
    } catch (RuntimeException unreadable) {
      return false; // not known to be fenced: confirm as usual
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("replication_unconfirmed", "interrupted while waiting for the peer region", 1);
    }
  }
}
