package io.drkit.harness.drill.check;

import java.util.Optional;

/**
 * Writes a fenced region accepted: acknowledged writes served by a region after its {@code fence} event and before
 * its {@code unfence}. Fencing exists to keep this at zero during a partition.
 */
public record SplitBrain(long fences, long writesAfterFencing) {

  public static SplitBrain of(DrillRecord record) {
    long accepted = 0;
    for (LabEvent fence : record.events("fence")) {
      Optional<String> region = fence.text("region");
      if (region.isEmpty()) {
        continue;
      }
      long until = record.events("unfence").stream()
          .filter(u -> u.timeMs() >= fence.timeMs() && u.text("region").equals(region))
          .mapToLong(LabEvent::timeMs).findFirst().orElse(Long.MAX_VALUE);
      accepted += record.operations().stream()
          .filter(o -> o.isWrite() && o.acknowledged() && o.region().equals(region))
          .filter(o -> o.startMs() > fence.timeMs() && o.startMs() < until).count();
    }
    return new SplitBrain(record.events("fence").size(), accepted);
  }
}
