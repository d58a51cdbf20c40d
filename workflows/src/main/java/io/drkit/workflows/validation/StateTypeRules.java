package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import java.util.List;

/** What each type of state needs beyond the fields every state shares. */
final class StateTypeRules {

  /** Checks a machine nested in a state the way the definition's own machine is checked. */
  interface MachineWalk {
    void walk(JsonNode machine, String prefix, MachineKind kind, String language);
  }

  private final Findings findings;
  private final ChoiceRules choices;
  private final MachineWalk nested;

  StateTypeRules(Findings findings, ChoiceRules choices, MachineWalk nested) {
    this.findings = findings;
    this.choices = choices;
    this.nested = nested;
  }

  void check(String type, JsonNode state, String at, JsonNode states, String language) {
    switch (type) {
      case "Task" -> task(state, at);
      case "Choice" -> choices.check(state, at, states, QueryLanguage.isJsonata(language));
      case "Wait" -> waitState(state, at);
      case "Parallel" -> parallel(state, at, language);
      case "Map" -> map(state, at, language);
      default -> {
      }
    }
  }

  private void task(JsonNode state, String at) {
    JsonNode resource = state.get("Resource");
    if (resource == null || !resource.isTextual() || resource.textValue().isBlank()) {
      findings.add(at + ".Resource", "is required and must be a string (an ARN)");
    }
    for (String field : List.of("TimeoutSeconds", "HeartbeatSeconds")) {
      JsonNode value = state.get(field);
      if (value != null && !JsonataEvaluator.isExpression(value) && !FieldValues.isPositiveInteger(value)) {
        findings.add(at + "." + field, "must be a positive integer");
      }
    }
    JsonNode timeout = state.get("TimeoutSeconds");
    JsonNode heartbeat = state.get("HeartbeatSeconds");
    if (timeout != null && heartbeat != null && timeout.isIntegralNumber() && heartbeat.isIntegralNumber()
        && heartbeat.longValue() >= timeout.longValue()) {
      findings.add(at + ".HeartbeatSeconds", "must be smaller than TimeoutSeconds");
    }
  }

  private void waitState(JsonNode state, String at) {
    int given = 0;
    for (String field : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
      given += state.has(field) ? 1 : 0;
    }
    if (given != 1) {
      findings.add(at, "needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
    }
    JsonNode seconds = state.get("Seconds");
    if (seconds != null && !JsonataEvaluator.isExpression(seconds) && !FieldValues.isNonNegativeInteger(seconds)) {
      findings.add(at + ".Seconds", "must be a non-negative integer");
    }
  }

  private void parallel(JsonNode state, String at, String language) {
    JsonNode branches = state.get("Branches");
    if (branches == null || !branches.isArray() || branches.isEmpty()) {
      findings.add(at + ".Branches", "is required and must be a non-empty array");
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      JsonNode branch = branches.get(i);
      nested.walk(branch, at + ".Branches[" + i + "].", MachineKind.NESTED, QueryLanguage.of(branch, language));
    }
  }

  private void map(JsonNode state, String at, String language) {
    // Iterator is the older name of ItemProcessor; problems name the field the definition uses.
    String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
    JsonNode processor = state.get(field);
    if (processor == null || !processor.isObject()) {
      findings.add(at + ".ItemProcessor", "is required");
      return;
    }
    nested.walk(processor, at + "." + field + ".", MachineKind.NESTED, QueryLanguage.of(processor, language));
    JsonNode label = state.get("Label");
    if (label != null && (!label.isTextual() || label.textValue().length() > 40
        || !label.textValue().matches("[^\\s?*<>{}\\[\\]:;,\\\\|^~$#%&`\"]*"))) {
      findings.add(at + ".Label", "must be at most 40 characters without whitespace or special characters");
    }
  }
}
