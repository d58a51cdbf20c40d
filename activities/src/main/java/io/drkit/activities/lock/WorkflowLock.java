package io.drkit.activities.lock;

import DR.LockHeld;
import java.time.Clock;
import java.time.Instant;

/**
 * One failover or failback at a time, per deployment: a lock owned by the execution that took it, expiring so that
 * a crashed execution cannot hold it for ever. Taking it again as its owner, or releasing it twice, changes nothing.
 */
public final class WorkflowLock {

  static final String DEFAULT_LOCK = "failover";

  private final LockStore store;
  private final Clock clock;

  public WorkflowLock(LockStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public LockGrant acquire(AcquireLockInput input) {
    Instant now = clock.instant();
    Instant expiresAt = now.plusSeconds(input.ttlSeconds());
    if (!store.tryAcquire(input.lock(), input.owner(), now, expiresAt)) {
      String holder = store.holder(input.lock())
          .map(h -> h.owner() + h.acquiredAt().map(at -> " since " + at).orElse(""))
          .orElse("another execution");
      throw new LockHeld("the " + input.lock() + " lock is held by " + holder);
    }
    return new LockGrant(input.lock(), input.owner(), now, expiresAt);
  }

  /** Releasing what one does not hold is a no-op. */
  public LockRelease release(ReleaseLockInput input) {
    return new LockRelease(input.lock(), store.release(input.lock(), input.owner()));
  }
}
