package io.drkit.router;

import io.drkit.router.items.IdempotencyRecord;
import io.drkit.router.items.Item;
import io.drkit.router.items.ItemPage;
import io.drkit.router.items.ItemStore;
import io.drkit.router.items.WriteRefusedException;
import io.drkit.router.items.WriteRefusedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link ItemStore} contract in memory, for fast tests and the benchmark: same conditions, no network. */
public final class InMemoryItemStore implements ItemStore {

  private final ConcurrentSkipListMap<String, Item> items = new ConcurrentSkipListMap<>();
  private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();
  private volatile boolean fenced;

  public void fence(boolean fenced) {
    this.fenced = fenced;
  }

  public boolean isFenced() {
    return fenced;
  }

  /** Successful writes so far. */
  public int writes() {
    return writes.get();
  }

  public int size() {
    return items.size();
  }

  @Override
  public Optional<Item> find(String id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public ItemPage list(int limit, Optional<String> startAfter) {
    var tail = startAfter.map(id -> items.tailMap(id, false)).orElse(items);
    List<Item> page = new ArrayList<>();
    for (Item item : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(item);
    }
    boolean more = page.size() == limit && tail.size() > limit;
    return new ItemPage(page, more ? Optional.of(page.get(page.size() - 1).id()) : Optional.empty());
  }

  @Override
  public synchronized void create(Item item, Optional<IdempotencyRecord> idempotency) {
    requireOpen();
    if (items.containsKey(item.id())) {
      throw new WriteRefusedException(Reason.ALREADY_EXISTS);
    }
    if (idempotency.isPresent() && records.containsKey(idempotency.get().key())) {
      throw new WriteRefusedException(Reason.IDEMPOTENCY_KEY_TAKEN);
    }
    items.put(item.id(), item);
    idempotency.ifPresent(r -> records.put(r.key(), r));
    writes.incrementAndGet();
  }

  @Override
  public synchronized void replace(Item item, long expectedVersion) {
    requireOpen();
    Item current = items.get(item.id());
    if (current == null || current.version() != expectedVersion) {
      throw new WriteRefusedException(Reason.CONDITION_FAILED);
    }
    items.put(item.id(), item);
    writes.incrementAndGet();
  }

  @Override
  public synchronized void delete(String id) {
    requireOpen();
    if (items.remove(id) == null) {
      throw new WriteRefusedException(Reason.CONDITION_FAILED);
    }
    writes.incrementAndGet();
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return Optional.ofNullable(records.get(key));
  }

  private void requireOpen() {
    if (fenced) {
      throw new WriteRefusedException(Reason.REGION_FENCED);
    }
  }
}
