package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a drill left behind, in time order: the operations, the lab's events, and each region's items at the
 * end ({@code final-<region>.jsonl}, keyed by id).
 */
public record DrillRecord(List<Operation> operations, List<LabEvent> events,
    Map<String, Map<String, JsonNode>> finalItems) {

  public DrillRecord {
    operations = operations.stream().sorted(Comparator.comparingLong(Operation::startMs)).toList();
    events = events.stream().sorted(Comparator.comparingLong(LabEvent::timeMs)).toList();
    finalItems = Map.copyOf(finalItems);
  }

  public List<LabEvent> events(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  public Optional<LabEvent> first(String type, long notBeforeMs) {
    return events.stream().filter(e -> e.type().equals(type) && e.timeMs() >= notBeforeMs).findFirst();
  }

  /** The first fault of the timeline: the moment every time figure is measured from. */
  public Optional<LabEvent> fault() {
    return first("fault", Long.MIN_VALUE);
  }
}
