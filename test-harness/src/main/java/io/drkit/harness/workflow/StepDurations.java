package io.drkit.harness.workflow;

import io.drkit.workflows.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How long each step of an execution took, from its history: entered to exited (or to the execution's end). */
public final class StepDurations {

  /** One state's visit. */
  public record Step(String name, Duration duration) {}

  private StepDurations() {}

  public static List<Step> of(List<HistoryEvent> history) {
    List<Step> steps = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<Instant> since = new ArrayList<>();
    Instant end = history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).timestamp();
    for (HistoryEvent event : history) {
      String name = event.details() == null ? null : event.details().path("name").asText(null);
      if (event.type().endsWith("StateEntered")) {
        open.add(name);
        since.add(event.timestamp());
      } else if (event.type().endsWith("StateExited") && open.contains(name)) {
        int at = open.lastIndexOf(name);
        steps.add(new Step(name, Duration.between(since.remove(at), event.timestamp())));
        open.remove(at);
      }
    }
    for (int i = 0; i < open.size(); i++) {
      steps.add(new Step(open.get(i), Duration.between(since.get(i), end)));
    }
    return steps;
  }

  public static String table(List<Step> steps) {
    StringBuilder out = new StringBuilder(String.format("%-26s %10s%n", "step", "ms"));
    steps.forEach(s -> out.append(String.format("%-26s %10d%n", s.name(), s.duration().toMillis())));
    return out.toString();
  }
}
