package io.drkit.activities.lock;

import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;

/** Input of ReleaseLock: the lock's name (default {@code failover}) and the owner releasing it. */
public record ReleaseLockInput(@Nullable String lock, String owner) {

  public ReleaseLockInput {
    lock = Require.orDefault(lock, WorkflowLock.DEFAULT_LOCK);
    Require.text("lock", lock);
    Require.text("owner", owner);
  }
}
