package io.drkit.harness.lab;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import io.drkit.core.control.ControlKeys;
import io.drkit.core.control.ControlTable;
import io.drkit.harness.events.LabEvents;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Watches every replica of the control table for fences and records a {@code fence} event the moment a region is
 * fenced in any replica (the decision, wherever it was taken, before it replicates) and an {@code unfence} event when
 * it is fenced in none. The checker counts the writes a region acknowledged in between: split-brain writes.
 */
final class FenceWatch implements AutoCloseable {

  private final RegionPair pair;
  private final LabEvents events;
  private final Set<String> fenced = new HashSet<>();
  private final Set<String> unreadable = new HashSet<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "lab-fence-watch");
    thread.setDaemon(true);
    return thread;
  });

  FenceWatch(RegionPair pair, LabEvents events, Duration every) {
    this.pair = pair;
    this.events = events;
    scheduler.scheduleWithFixedDelay(this::look, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A region whose replica is gone for good is no longer read. */
  synchronized void forget(String replica) {
    unreadable.add(replica);
  }

  private synchronized void look() {
    List<String> regions = pair.regions();
    Set<String> now = new HashSet<>();
    Map<String, Long> since = new java.util.HashMap<>();
    for (String replica : regions) {
      if (unreadable.contains(replica)) {
        continue;
      }
      try {
        String table = pair.tables().control();
        List<Map<String, AttributeValue>> keys = regions.stream()
            .map(r -> Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.fence(r)))).toList();
        var items = pair.dynamoDb(replica).batchGetItem(b -> b.requestItems(Map.of(table,
            KeysAndAttributes.builder().keys(keys).consistentRead(true).build()))).responses().get(table);
        for (String region : regions) {
          items.stream().filter(i -> ControlKeys.fence(region).equals(i.get(CONTROL_KEY).s())).findFirst()
              .map(i -> ControlTable.fenceFrom(region, i)).filter(f -> f.fenced()).ifPresent(f -> {
                now.add(region);
                f.changedAt().ifPresent(at -> since.merge(region, at.toEpochMilli(), Math::min));
              });
        }
      } catch (RuntimeException e) {
        return; // a replica that does not answer now tells nothing; look again later
      }
    }
    for (String region : regions) {
      boolean was = fenced.contains(region);
      boolean is = now.contains(region);
      if (is != was) {
        // stamped with when the fence was set, not when this poll saw it: writes in between are split-brain writes
        events.record(is ? "fence" : "unfence", LabEvents.detail().put("region", region),
            is ? since.getOrDefault(region, System.currentTimeMillis()) : System.currentTimeMillis());
      }
    }
    fenced.clear();
    fenced.addAll(now);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
