package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of machines and states: their fields and the language each field belongs to, unique state names, Next
 * and End, fields that exclude each other, and then what each state type and its Retry and Catch need.
 */
final class StructureRules {

  private static final Set<String> TYPES = Set.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel",
      "Map");
  private static final Set<String> LANGUAGES = Set.of("JSONPath", "JSONata");
  /** Pairs a state gives at most one of: a value or a path to it, a field's older or newer name, or its two forms. */
  private static final List<Exclusive> EXCLUSIVE = List.of(
      new Exclusive("TimeoutSeconds", "TimeoutSecondsPath"),
      new Exclusive("HeartbeatSeconds", "HeartbeatSecondsPath"),
      new Exclusive("Error", "ErrorPath"),
      new Exclusive("Cause", "CausePath"),
      new Exclusive("MaxConcurrency", "MaxConcurrencyPath"),
      new Exclusive("ToleratedFailureCount", "ToleratedFailureCountPath"),
      new Exclusive("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
      new Exclusive("ItemsPath", "Items"),
      new Exclusive("ItemSelector", "Parameters"),
      new Exclusive("ItemProcessor", "Iterator"));

  private final Findings findings;
  private final TransitionTargets targets;
  private final StateTypeRules types;
  private final ErrorHandlerRules errorHandlers;
  /** State names are unique across the whole state machine, branches and item processors included. */
  private final Map<String, String> stateNames = new HashMap<>();

  private record Exclusive(String one, String other) {}

  StructureRules(Findings findings, PathAndExpressionRules paths, StateTypeRules.MachineWalk nested) {
    this.findings = findings;
    this.targets = new TransitionTargets(findings);
    this.types = new StateTypeRules(findings, new ChoiceRules(findings, targets, paths), nested);
    this.errorHandlers = new ErrorHandlerRules(findings, targets, paths);
  }

  /** Checks a machine's own fields; gives its States when there are states to check one by one. */
  Optional<JsonNode> machine(JsonNode machine, String prefix, MachineKind kind) {
    machine.fieldNames().forEachRemaining(field -> {
      if (!kind.takes(field)) {
        findings.add(prefix + field, "is not a field of a state machine");
      }
    });
    if (machine.has("TimeoutSeconds") && !FieldValues.isPositiveInteger(machine.get("TimeoutSeconds"))) {
      findings.add(prefix + "TimeoutSeconds", "must be a positive integer");
    }
    queryLanguage(machine, prefix);
    JsonNode states = machine.get("States");
    JsonNode startAt = machine.get("StartAt");
    if (startAt == null || !startAt.isTextual()) {
      findings.add(prefix + "StartAt", "is required and must be a string");
    }
    if (states == null || !states.isObject() || states.isEmpty()) {
      findings.add(prefix + "States", "is required and must be an object with at least one state");
      return Optional.empty();
    }
    if (startAt != null && startAt.isTextual() && !states.has(startAt.textValue())) {
      findings.add(prefix + "StartAt", "names the state '" + startAt.textValue() + "', which does not exist");
    }
    return Optional.of(states);
  }

  /** Checks a state's shape; whether it is an object of a known type, so that its paths or expressions can be read. */
  boolean state(String name, JsonNode state, String at, JsonNode states, String machineLanguage) {
    String first = stateNames.putIfAbsent(name, at);
    if (first != null) {
      findings.add(at, "state names must be unique in the whole state machine; '" + name + "' is also " + first);
    }
    if (name.length() > 80) {
      findings.add(at, "a state name is at most 80 characters");
    }
    if (!state.isObject()) {
      findings.add(at, "a state is a JSON object");
      return false;
    }
    JsonNode type = state.get("Type");
    if (type == null || !type.isTextual() || !TYPES.contains(type.textValue())) {
      findings.add(at + ".Type", "must be one of " + new TreeSet<>(TYPES));
      return false;
    }
    String kind = type.textValue();
    String language = QueryLanguage.of(state, machineLanguage);
    queryLanguage(state, at);
    fields(kind, state, at, QueryLanguage.isJsonata(language));
    transitions(kind, state, at, states);
    for (Exclusive pair : EXCLUSIVE) {
      if (state.has(pair.one()) && state.has(pair.other())) {
        findings.add(at, "has both " + pair.one() + " and " + pair.other() + "; give one");
      }
    }
    types.check(kind, state, at, states, language);
    if (state.has("Retry")) {
      errorHandlers.retriers(state.get("Retry"), at + ".Retry");
    }
    if (state.has("Catch")) {
      errorHandlers.catchers(state.get("Catch"), at + ".Catch", states);
    }
    return true;
  }

  private void fields(String kind, JsonNode state, String at, boolean jsonata) {
    state.fieldNames().forEachRemaining(field -> {
      if (StateFields.isCommon(field)) {
        return;
      }
      if (!StateFields.BY_TYPE.get(kind).contains(field)) {
        findings.add(at + "." + field, "is not a field of a " + kind + " state");
      } else if (jsonata && StateFields.JSONPATH_ONLY.contains(field)) {
        findings.add(at + "." + field, "is a JSONPath field: a JSONata state uses Arguments, Output and expressions");
      } else if (!jsonata && StateFields.isJsonataOnly(field)) {
        findings.add(at + "." + field, "is a JSONata field: set \"QueryLanguage\": \"JSONata\" to use it");
      }
    });
  }

  private void transitions(String kind, JsonNode state, String at, JsonNode states) {
    // These types end the machine or pick their next state by rule; their own field lists forbid Next and End.
    if (kind.equals("Succeed") || kind.equals("Fail") || kind.equals("Choice")) {
      return;
    }
    JsonNode next = state.get("Next");
    JsonNode end = state.get("End");
    if (next != null && end != null) {
      findings.add(at, "has both Next and End");
    } else if (next == null && (end == null || !end.asBoolean(false))) {
      findings.add(at, "needs Next or \"End\": true");
    }
    if (end != null && !end.isBoolean()) {
      findings.add(at + ".End", "must be a boolean");
    }
    if (next != null) {
      targets.check(next, at + ".Next", states);
    }
  }

  /** A machine's prefix is empty or ends in a dot; a state's location needs one before the field. */
  private void queryLanguage(JsonNode node, String at) {
    JsonNode language = node.get("QueryLanguage");
    if (language != null && !LANGUAGES.contains(language.asText())) {
      findings.add(at + (at.isEmpty() || at.endsWith(".") ? "" : ".") + "QueryLanguage", "must be JSONPath or JSONata");
    }
  }
}
