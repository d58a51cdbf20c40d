package io.drkit.activities.testing;

import io.drkit.activities.lock.LockStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Locks in memory, with the conditions of the DynamoDB lock item: free, own, or expired. */
public final class InMemoryLocks implements LockStore {

  private record Held(String owner, Instant acquiredAt, Instant expiresAt) {}

  private final Map<String, Held> locks = new ConcurrentHashMap<>();

  @Override
  public synchronized boolean tryAcquire(String name, String owner, Instant now, Instant expiresAt) {
    Held held = locks.get(name);
    if (held != null && !held.owner().equals(owner) && !held.expiresAt().isBefore(now)) {
      return false;
    }
    locks.put(name, new Held(owner, now, expiresAt));
    return true;
  }

  @Override
  public Optional<LockHolder> holder(String name) {
    return Optional.ofNullable(locks.get(name)).map(h -> new LockHolder(h.owner(), Optional.of(h.acquiredAt())));
  }

  @Override
  public synchronized boolean release(String name, String owner) {
    Held held = locks.get(name);
    return held != null && held.owner().equals(owner) && locks.remove(name, held);
  }
}
