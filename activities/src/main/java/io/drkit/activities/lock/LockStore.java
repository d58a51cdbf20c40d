package io.drkit.activities.lock;

import java.time.Instant;
import java.util.Optional;

/** Where the workflow locks live: one item per lock name, taken and released conditionally. */
public interface LockStore {

  /**
   * Takes the lock for {@code owner} if it is free, already this owner's, or expired at {@code now}; false if
   * someone else holds it.
   */
  boolean tryAcquire(String name, String owner, Instant now, Instant expiresAt);

  /** Who holds the lock now, if anyone. */
  Optional<LockHolder> holder(String name);

  /** Releases the lock if {@code owner} holds it; false if it did not (already released, expired and retaken). */
  boolean release(String name, String owner);

  /** Who holds a lock, since when. */
  record LockHolder(String owner, Optional<Instant> acquiredAt) {}
}
