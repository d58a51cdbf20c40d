package io.drkit.harness.drill.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads that returned older data than a write acknowledged before the read began: a lower version than it, or
 * not found after its insert was acknowledged (and no delete of the key was attempted). Expected in {@code async}
 * mode when a read lands in the other region within the replication lag; the count says how often.
 */
public record StaleReads(long reads, long staleReads) {

  public static StaleReads of(DrillRecord record) {
    Map<String, List<Operation>> writesByKey = new HashMap<>();
    Map<String, Boolean> deleteAttempted = new HashMap<>();
    for (Operation o : record.operations()) {
      if (o.isWrite() && o.key().isPresent()) {
        if (o.op().equals(Operation.DELETE)) {
          deleteAttempted.put(o.key().get(), true);
        } else if (o.acknowledged() && o.version().isPresent()) {
          writesByKey.computeIfAbsent(o.key().get(), k -> new ArrayList<>()).add(o);
        }
      }
    }
    long reads = 0;
    long stale = 0;
    for (Operation read : record.operations()) {
      if (!read.op().equals(Operation.READ) || read.key().isEmpty() || read.failed()) {
        continue;
      }
      reads++;
      String key = read.key().get();
      long newestBefore = writesByKey.getOrDefault(key, List.of()).stream()
          .filter(w -> w.endMs() < read.startMs()).mapToLong(w -> w.version().getAsLong()).max().orElse(-1);
      boolean notFound = read.status().equals("404");
      if (notFound && newestBefore >= 0 && !deleteAttempted.containsKey(key)
          || read.acknowledged() && read.version().isPresent() && read.version().getAsLong() < newestBefore) {
        stale++;
      }
    }
    return new StaleReads(reads, stale);
  }
}
