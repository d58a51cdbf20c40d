package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every state of a machine can be reached from StartAt, and some reachable state ends the machine. */
final class ReachabilityRules {

  private final Findings findings;

  ReachabilityRules(Findings findings) {
    this.findings = findings;
  }

  void check(JsonNode startAt, JsonNode states, String prefix) {
    // A missing or unknown StartAt is already a structure problem; walking from it would only repeat it.
    if (startAt == null || !startAt.isTextual() || !states.has(startAt.textValue())) {
      return;
    }
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(startAt.textValue()));
    boolean terminal = false;
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!reached.add(name) || !states.has(name)) {
        continue;
      }
      JsonNode state = states.get(name);
      String type = state.path("Type").asText();
      terminal |= state.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail");
      successors(state).forEach(todo::push);
    }
    if (!terminal) {
      findings.add(prefix + "States", "no terminal state (End, Succeed or Fail) can be reached: the machine never ends");
    }
    for (Map.Entry<String, JsonNode> e : states.properties()) {
      if (!reached.contains(e.getKey())) {
        findings.add(prefix + "States." + e.getKey(), "is not reachable from StartAt");
      }
    }
  }

  private static List<String> successors(JsonNode state) {
    List<String> next = new ArrayList<>();
    addName(state.path("Next"), next);
    addName(state.path("Default"), next);
    state.path("Choices").forEach(rule -> addName(rule.path("Next"), next));
    state.path("Catch").forEach(catcher -> addName(catcher.path("Next"), next));
    return next;
  }

  private static void addName(JsonNode name, List<String> names) {
    if (name.isTextual()) {
      names.add(name.textValue());
    }
  }
}
