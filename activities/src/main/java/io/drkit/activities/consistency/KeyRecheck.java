package io.drkit.activities.consistency;

import io.drkit.core.replication.LastWriterWins;
import io.drkit.activities.support.MonotonicClock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * RecheckKeys: which keys still differ. A key that differs is in flight, not divergent, when replication brings the
 * newer side's write to the other side within the window: under live writes a hot key always differs for a moment,
 * yet it is divergent only when what one side holds never reaches the other.
 */
public final class KeyRecheck {

  static final Duration POLL = Duration.ofMillis(200);

  private final ItemReplicas items;
  private final MonotonicClock timer;

  public KeyRecheck(ItemReplicas items, MonotonicClock timer) {
    this.items = items;
    this.timer = timer;
  }

  public RecheckResult recheck(KeysInput input) {
    Map<String, Awaited> waiting = new LinkedHashMap<>();
    int settled = 0;
    for (String key : input.keys()) {
      Optional<Map<String, AttributeValue>> a = items.read(input.failedRegion(), key);
      Optional<Map<String, AttributeValue>> b = items.read(input.targetRegion(), key);
      if (ItemDigests.same(a, b)) {
        settled++;
      } else {
        boolean aNewer = LastWriterWins.firstWins(a, b);
        waiting.put(key, new Awaited(aNewer ? input.targetRegion() : input.failedRegion(), aNewer ? a : b));
      }
    }
    int inFlight = 0;
    MonotonicClock.Deadline deadline = timer.deadline(Duration.ofSeconds(input.inFlightSeconds()));
    while (!waiting.isEmpty() && !deadline.passed()) {
      pause();
      for (Iterator<Map.Entry<String, Awaited>> keys = waiting.entrySet().iterator(); keys.hasNext(); ) {
        Map.Entry<String, Awaited> entry = keys.next();
        if (settled(input, entry.getKey(), entry.getValue())) {
          keys.remove();
          inFlight++;
        }
      }
    }
    return new RecheckResult(settled, inFlight, waiting.size(), java.util.List.copyOf(waiting.keySet()));
  }

  /**
   * The stale side caught up with the newer copy (or a later one), or both sides now agree: a delete that replicated
   * leaves both without the item, which the newer copy, being present, could not tell.
   */
  private boolean settled(KeysInput input, String key, Awaited awaited) {
    Optional<Map<String, AttributeValue>> stale = items.read(awaited.region(), key);
    if (awaited.arrived(stale)) {
      return true;
    }
    String other = awaited.region().equals(input.failedRegion()) ? input.targetRegion() : input.failedRegion();
    return ItemDigests.same(stale, items.read(other, key));
  }

  private void pause() {
    try {
      timer.pause(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for replication", e);
    }
  }

  /** What the stale side must come to hold: the newer side's write, or a later one; an absence, if that is newer. */
  private record Awaited(String region, Optional<Map<String, AttributeValue>> written) {
    boolean arrived(Optional<Map<String, AttributeValue>> now) {
      if (written.isEmpty()) {
        return now.isEmpty();
      }
      return now.isPresent() && (ItemDigests.same(now, written) || LastWriterWins.wins(now.get(), written.get()));
    }
  }
}
