package io.drkit.activities.lock;

import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import org.immutables.value.Value;

/**
 * Input of AcquireLock: the lock's name (default {@code failover}), its owner (the execution's id) and how long it
 * holds before it expires (10 s to a day, default 900 s), so that a crashed execution cannot hold it for ever.
 */
@Value.Builder
public record AcquireLockInput(@Nullable String lock, String owner, @Nullable Long ttlSeconds) {

  static final long DEFAULT_TTL_SECONDS = 900;

  public AcquireLockInput {
    lock = Require.orDefault(lock, WorkflowLock.DEFAULT_LOCK);
    Require.text("lock", lock);
    Require.text("owner", owner);
    ttlSeconds = Require.within("ttlSeconds", ttlSeconds, DEFAULT_TTL_SECONDS, 10, 86_400);
  }
}
