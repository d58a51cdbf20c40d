package io.drkit.harness.drill.check;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Last-writer-wins conflicts on shared keys, read from the versions the service returned: every write of an item
 * raises its version by one, so two acknowledged updates of one key that both returned the same version were made
 * on the same base in two places at once; replication kept one and the others are lost updates (the clients were
 * told they were stored, and no later write replaced them).
 */
public record Conflicts(long acknowledgedUpdates, long lwwConflicts, long lostUpdates) {

  public static Conflicts of(DrillRecord record) {
    Map<String, Long> sameVersion = record.operations().stream()
        .filter(o -> o.op().equals(Operation.UPDATE) && o.acknowledged() && o.key().isPresent()
            && o.version().isPresent())
        .collect(Collectors.groupingBy(o -> o.key().get() + "@" + o.version().getAsLong(), Collectors.counting()));
    long acknowledged = sameVersion.values().stream().mapToLong(Long::longValue).sum();
    long conflicts = sameVersion.values().stream().filter(n -> n > 1).count();
    long lost = sameVersion.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    return new Conflicts(acknowledged, conflicts, lost);
  }
}
