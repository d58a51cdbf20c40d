package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A transition (Next, Default, a choice rule's or a catcher's Next) names a state of its own machine. */
final class TransitionTargets {

  private final Findings findings;

  TransitionTargets(Findings findings) {
    this.findings = findings;
  }

  void check(JsonNode next, String at, JsonNode states) {
    if (!next.isTextual()) {
      findings.add(at, "must be a state name");
    } else if (!states.has(next.textValue())) {
      findings.add(at, "names the state '" + next.textValue() + "', which does not exist");
    }
  }
}
