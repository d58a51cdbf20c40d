package io.drkit.workflows.validation;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.intrinsics.IntrinsicParser;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a definition before it runs, with statelint's rules and JSONata's: fields and their types, mutually
 * exclusive fields, Next targets, reachability, a terminal state, States.ALL last and alone, path, intrinsic and
 * JSONata syntax. Each problem names the state and the field.
 */
public final class DefinitionValidator {

  private static final Set<String> TYPES = Set.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel",
      "Map");
  private static final Set<String> TOP_LEVEL = Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds",
      "QueryLanguage");
  private static final Set<String> BRANCH_LEVEL = Set.of("StartAt", "States", "Comment", "ProcessorConfig",
      "QueryLanguage");
  private static final Set<String> COMPARATORS = Set.of("StringEquals", "StringLessThan", "StringGreaterThan",
      "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan",
      "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals", "TimestampEquals",
      "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals", "IsNull",
      "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");

  private final List<Problem> problems = new ArrayList<>();
  /** State names are unique across the whole state machine, branches and item processors included. */
  private final java.util.Map<String, String> stateNames = new java.util.HashMap<>();

  private DefinitionValidator() {}

  public static List<Problem> validate(JsonNode definition) {
    DefinitionValidator validator = new DefinitionValidator();
    if (definition == null || !definition.isObject()) {
      validator.problem("(definition)", "a state machine definition is a JSON object");
      return validator.problems;
    }
    validator.machine(definition, "", TOP_LEVEL, language(definition, "JSONPath"));
    return List.copyOf(validator.problems);
  }

  private void machine(JsonNode machine, String prefix, Set<String> allowed, String language) {
    machine.fieldNames().forEachRemaining(field -> {
      if (!allowed.contains(field)) {
        problem(prefix + field, "is not a field of a state machine");
      }
    });
    if (machine.has("TimeoutSeconds") && !positiveInteger(machine.get("TimeoutSeconds"))) {
      problem(prefix + "TimeoutSeconds", "must be a positive integer");
    }
    checkLanguage(machine, prefix);
    JsonNode states = machine.get("States");
    JsonNode startAt = machine.get("StartAt");
    if (startAt == null || !startAt.isTextual()) {
      problem(prefix + "StartAt", "is required and must be a string");
    }
    if (states == null || !states.isObject() || states.isEmpty()) {
      problem(prefix + "States", "is required and must be an object with at least one state");
      return;
    }
    if (startAt != null && startAt.isTextual() && !states.has(startAt.textValue())) {
      problem(prefix + "StartAt", "names the state '" + startAt.textValue() + "', which does not exist");
    }
    states.properties().forEach(e -> state(e.getKey(), e.getValue(), prefix + "States." + e.getKey(), states,
        language));
    reachability(startAt, states, prefix);
  }

  private void state(String name, JsonNode state, String at, JsonNode states, String machineLanguage) {
    String first = stateNames.putIfAbsent(name, at);
    if (first != null) {
      problem(at, "state names must be unique in the whole state machine; '" + name + "' is also " + first);
    }
    if (name.length() > 80) {
      problem(at, "a state name is at most 80 characters");
    }
    if (!state.isObject()) {
      problem(at, "a state is a JSON object");
      return;
    }
    JsonNode type = state.get("Type");
    if (type == null || !type.isTextual() || !TYPES.contains(type.textValue())) {
      problem(at + ".Type", "must be one of " + new java.util.TreeSet<>(TYPES));
      return;
    }
    String kind = type.textValue();
    String language = language(state, machineLanguage);
    checkLanguage(state, at);
    boolean jsonata = language.equals("JSONata");
    state.fieldNames().forEachRemaining(field -> {
      if (StateFields.isCommon(field)) {
        return;
      }
      if (!StateFields.BY_TYPE.get(kind).contains(field)) {
        problem(at + "." + field, "is not a field of a " + kind + " state");
      } else if (jsonata && StateFields.JSONPATH_ONLY.contains(field)) {
        problem(at + "." + field, "is a JSONPath field: a JSONata state uses Arguments, Output and expressions");
      } else if (!jsonata && StateFields.isJsonataOnly(field)) {
        problem(at + "." + field, "is a JSONata field: set \"QueryLanguage\": \"JSONata\" to use it");
      }
    });
    transitions(kind, state, at, states);
    exclusive(state, at, "TimeoutSeconds", "TimeoutSecondsPath");
    exclusive(state, at, "HeartbeatSeconds", "HeartbeatSecondsPath");
    exclusive(state, at, "Error", "ErrorPath");
    exclusive(state, at, "Cause", "CausePath");
    exclusive(state, at, "MaxConcurrency", "MaxConcurrencyPath");
    exclusive(state, at, "ToleratedFailureCount", "ToleratedFailureCountPath");
    exclusive(state, at, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
    exclusive(state, at, "ItemsPath", "Items");
    exclusive(state, at, "ItemSelector", "Parameters");
    exclusive(state, at, "ItemProcessor", "Iterator");
    switch (kind) {
      case "Task" -> task(state, at);
      case "Choice" -> choice(state, at, states, jsonata);
      case "Wait" -> waitState(state, at);
      case "Parallel" -> parallel(state, at, language);
      case "Map" -> map(state, at, language);
      default -> {
      }
    }
    if (state.has("Retry")) {
      retry(state.get("Retry"), at + ".Retry");
    }
    if (state.has("Catch")) {
      catchers(state.get("Catch"), at + ".Catch", states);
    }
    if (jsonata) {
      expressions(state, at);
    } else {
      paths(state, at);
    }
  }

  private void transitions(String kind, JsonNode state, String at, JsonNode states) {
    boolean terminalType = kind.equals("Succeed") || kind.equals("Fail") || kind.equals("Choice");
    JsonNode next = state.get("Next");
    JsonNode end = state.get("End");
    if (terminalType) {
      return;
    }
    if (next != null && end != null) {
      problem(at, "has both Next and End");
    } else if (next == null && (end == null || !end.asBoolean(false))) {
      problem(at, "needs Next or \"End\": true");
    }
    if (end != null && !end.isBoolean()) {
      problem(at + ".End", "must be a boolean");
    }
    if (next != null) {
      target(next, at + ".Next", states);
    }
  }

  private void target(JsonNode next, String at, JsonNode states) {
    if (!next.isTextual()) {
      problem(at, "must be a state name");
    } else if (!states.has(next.textValue())) {
      problem(at, "names the state '" + next.textValue() + "', which does not exist");
    }
  }

  private void task(JsonNode state, String at) {
    JsonNode resource = state.get("Resource");
    if (resource == null || !resource.isTextual() || resource.textValue().isBlank()) {
      problem(at + ".Resource", "is required and must be a string (an ARN)");
    }
    for (String field : List.of("TimeoutSeconds", "HeartbeatSeconds")) {
      JsonNode value = state.get(field);
      if (value != null && !JsonataEvaluator.isExpression(value) && !positiveInteger(value)) {
        problem(at + "." + field, "must be a positive integer");
      }
    }
    JsonNode timeout = state.get("TimeoutSeconds");
    JsonNode heartbeat = state.get("HeartbeatSeconds");
    if (timeout != null && heartbeat != null && timeout.isIntegralNumber() && heartbeat.isIntegralNumber()
        && heartbeat.longValue() >= timeout.longValue()) {
      problem(at + ".HeartbeatSeconds", "must be smaller than TimeoutSeconds");
    }
  }

  private void choice(JsonNode state, String at, JsonNode states, boolean jsonata) {
    JsonNode choices = state.get("Choices");
    if (choices == null || !choices.isArray() || choices.isEmpty()) {
      problem(at + ".Choices", "is required and must be a non-empty array of rules");
      return;
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonNode rule = choices.get(i);
      String ruleAt = at + ".Choices[" + i + "]";
      if (!rule.has("Next")) {
        problem(ruleAt + ".Next", "is required in a top-level choice rule");
      } else {
        target(rule.get("Next"), ruleAt + ".Next", states);
      }
      rule(rule, ruleAt, jsonata);
    }
    if (state.has("Default")) {
      target(state.get("Default"), at + ".Default", states);
    }
  }

  private void rule(JsonNode rule, String at, boolean jsonata) {
    if (jsonata) {
      if (!rule.has("Condition")) {
        problem(at + ".Condition", "is required in a JSONata choice rule");
      }
      return;
    }
    if (rule.has("And") || rule.has("Or")) {
      String op = rule.has("And") ? "And" : "Or";
      JsonNode inner = rule.get(op);
      if (!inner.isArray() || inner.isEmpty()) {
        problem(at + "." + op, "must be a non-empty array of rules");
        return;
      }
      for (int i = 0; i < inner.size(); i++) {
        rule(inner.get(i), at + "." + op + "[" + i + "]", false);
      }
      return;
    }
    if (rule.has("Not")) {
      rule(rule.get("Not"), at + ".Not", false);
      return;
    }
    List<String> operators = new ArrayList<>();
    rule.fieldNames().forEachRemaining(field -> {
      String base = field.endsWith("Path") ? field.substring(0, field.length() - 4) : field;
      if (COMPARATORS.contains(field) || COMPARATORS.contains(base) && !field.equals("IsPresentPath")) {
        operators.add(field);
      } else if (!Set.of("Variable", "Next", "Assign", "Output", "Comment").contains(field)) {
        problem(at + "." + field, "is not a choice rule field");
      }
    });
    if (operators.size() != 1) {
      problem(at, "needs exactly one comparison operator, found " + operators);
    }
    JsonNode variable = rule.get("Variable");
    if (variable == null || !variable.isTextual() || !Paths.isPath(variable.textValue())) {
      problem(at + ".Variable", "is required and must be a path");
    } else {
      path(variable.textValue(), at + ".Variable");
    }
  }

  private void waitState(JsonNode state, String at) {
    int given = 0;
    for (String field : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
      given += state.has(field) ? 1 : 0;
    }
    if (given != 1) {
      problem(at, "needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
    }
    JsonNode seconds = state.get("Seconds");
    if (seconds != null && !JsonataEvaluator.isExpression(seconds)
        && (!seconds.isIntegralNumber() || seconds.longValue() < 0)) {
      problem(at + ".Seconds", "must be a non-negative integer");
    }
  }

  private void parallel(JsonNode state, String at, String language) {
    JsonNode branches = state.get("Branches");
    if (branches == null || !branches.isArray() || branches.isEmpty()) {
      problem(at + ".Branches", "is required and must be a non-empty array");
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      machine(branches.get(i), at + ".Branches[" + i + "].", BRANCH_LEVEL, language(branches.get(i), language));
    }
  }

  private void map(JsonNode state, String at, String language) {
    JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
    String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
    if (processor == null || !processor.isObject()) {
      problem(at + ".ItemProcessor", "is required");
      return;
    }
    machine(processor, at + "." + field + ".", BRANCH_LEVEL, language(processor, language));
    JsonNode label = state.get("Label");
    if (label != null && (!label.isTextual() || label.textValue().length() > 40
        || !label.textValue().matches("[^\\s?*<>{}\\[\\]:;,\\\\|^~$#%&`\"]*"))) {
      problem(at + ".Label", "must be at most 40 characters without whitespace or special characters");
    }
  }

  private void retry(JsonNode retriers, String at) {
    if (!retriers.isArray()) {
      problem(at, "must be an array of retriers");
      return;
    }
    for (int i = 0; i < retriers.size(); i++) {
      JsonNode retrier = retriers.get(i);
      String here = at + "[" + i + "]";
      errorEquals(retrier, here, i == retriers.size() - 1);
      if (retrier.has("MaxAttempts") && !(retrier.get("MaxAttempts").isIntegralNumber()
          && retrier.get("MaxAttempts").longValue() >= 0)) {
        problem(here + ".MaxAttempts", "must be a non-negative integer");
      }
      if (retrier.has("IntervalSeconds") && !positiveInteger(retrier.get("IntervalSeconds"))) {
        problem(here + ".IntervalSeconds", "must be a positive integer");
      }
      if (retrier.has("BackoffRate") && !(retrier.get("BackoffRate").isNumber()
          && retrier.get("BackoffRate").doubleValue() >= 1.0)) {
        problem(here + ".BackoffRate", "must be a number of at least 1.0");
      }
      if (retrier.has("MaxDelaySeconds") && !positiveInteger(retrier.get("MaxDelaySeconds"))) {
        problem(here + ".MaxDelaySeconds", "must be a positive integer");
      }
      if (retrier.has("JitterStrategy") && !Set.of("FULL", "NONE").contains(retrier.get("JitterStrategy").asText())) {
        problem(here + ".JitterStrategy", "must be FULL or NONE");
      }
    }
  }

  private void catchers(JsonNode catchers, String at, JsonNode states) {
    if (!catchers.isArray()) {
      problem(at, "must be an array of catchers");
      return;
    }
    for (int i = 0; i < catchers.size(); i++) {
      JsonNode catcher = catchers.get(i);
      String here = at + "[" + i + "]";
      errorEquals(catcher, here, i == catchers.size() - 1);
      if (!catcher.has("Next")) {
        problem(here + ".Next", "is required");
      } else {
        target(catcher.get("Next"), here + ".Next", states);
      }
      if (catcher.has("ResultPath") && !catcher.get("ResultPath").isNull()) {
        referencePath(catcher.get("ResultPath").asText(), here + ".ResultPath");
      }
    }
  }

  private void errorEquals(JsonNode handler, String at, boolean last) {
    JsonNode names = handler.get("ErrorEquals");
    if (names == null || !names.isArray() || names.isEmpty()) {
      problem(at + ".ErrorEquals", "is required and must be a non-empty array of error names");
      return;
    }
    for (JsonNode name : names) {
      if (!name.isTextual()) {
        problem(at + ".ErrorEquals", "holds something that is not an error name: " + name);
      } else if (name.textValue().equals("States.ALL") && (names.size() > 1 || !last)) {
        problem(at + ".ErrorEquals", "States.ALL must appear alone and in the last retrier or catcher");
      }
    }
  }

  private void paths(JsonNode state, String at) {
    for (String field : List.of("InputPath", "OutputPath")) {
      JsonNode value = state.get(field);
      if (value != null && !value.isNull()) {
        path(value.asText(), at + "." + field);
      }
    }
    JsonNode resultPath = state.get("ResultPath");
    if (resultPath != null && !resultPath.isNull()) {
      referencePath(resultPath.asText(), at + ".ResultPath");
    }
    for (String field : List.of("SecondsPath", "TimestampPath", "ItemsPath", "TimeoutSecondsPath",
        "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath")) {
      if (state.has(field)) {
        path(state.get(field).asText(), at + "." + field);
      }
    }
    for (String field : List.of("ErrorPath", "CausePath")) {
      if (state.has(field)) {
        pathOrIntrinsic(state.get(field).asText(), at + "." + field);
      }
    }
    for (String field : List.of("Parameters", "ResultSelector", "ItemSelector", "Assign")) {
      if (state.has(field)) {
        template(state.get(field), at + "." + field);
      }
    }
  }

  private void template(JsonNode template, String at) {
    if (template.isObject()) {
      template.properties().forEach(e -> {
        if (e.getKey().endsWith(".$")) {
          if (!e.getValue().isTextual()) {
            problem(at + "." + e.getKey(), "a field ending in .$ takes a path or intrinsic function as a string");
          } else {
            pathOrIntrinsic(e.getValue().textValue(), at + "." + e.getKey());
          }
        } else {
          template(e.getValue(), at + "." + e.getKey());
        }
      });
    } else if (template.isArray()) {
      for (int i = 0; i < template.size(); i++) {
        template(template.get(i), at + "[" + i + "]");
      }
    }
  }

  private void pathOrIntrinsic(String text, String at) {
    if (IntrinsicParser.isIntrinsic(text)) {
      try {
        IntrinsicParser.parse(text);
      } catch (StatesError e) {
        problem(at, e.cause());
      }
    } else {
      path(text, at);
    }
  }

  private void path(String text, String at) {
    if (!Paths.isPath(text)) {
      problem(at, "'" + text + "' is not a path: paths start with $");
      return;
    }
    if (text.startsWith("$$") || text.equals("$") || text.matches("^\\$[A-Za-z_][A-Za-z0-9_]*.*")) {
      return;
    }
    try {
      Paths.compile(text);
    } catch (StatesError e) {
      problem(at, "'" + text + "' is not a valid JSONPath");
    }
  }

  private void referencePath(String text, String at) {
    path(text, at);
    if (text.contains("*") || text.contains("..") || text.contains("?(") || text.contains(":")) {
      problem(at, "'" + text + "' must be a reference path: no wildcards, filters, slices or deep scans");
    }
  }

  private void expressions(JsonNode node, String at) {
    if (node.isTextual() && JsonataEvaluator.isExpression(node)) {
      try {
        Jsonata.jsonata(JsonataEvaluator.body(node.textValue()));
      } catch (RuntimeException e) {
        problem(at, "the JSONata expression does not parse: " + e.getMessage());
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        if (!Set.of("ItemProcessor", "Iterator", "Branches").contains(e.getKey())) {
          expressions(e.getValue(), at + "." + e.getKey());
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        expressions(node.get(i), at + "[" + i + "]");
      }
    }
  }

  private void reachability(JsonNode startAt, JsonNode states, String prefix) {
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
      problem(prefix + "States", "no terminal state (End, Succeed or Fail) can be reached: the machine never ends");
    }
    for (Map.Entry<String, JsonNode> e : states.properties()) {
      if (!reached.contains(e.getKey())) {
        problem(prefix + "States." + e.getKey(), "is not reachable from StartAt");
      }
    }
  }

  private static List<String> successors(JsonNode state) {
    List<String> next = new ArrayList<>();
    if (state.path("Next").isTextual()) {
      next.add(state.get("Next").textValue());
    }
    if (state.path("Default").isTextual()) {
      next.add(state.get("Default").textValue());
    }
    state.path("Choices").forEach(rule -> {
      if (rule.path("Next").isTextual()) {
        next.add(rule.get("Next").textValue());
      }
    });
    state.path("Catch").forEach(catcher -> {
      if (catcher.path("Next").isTextual()) {
        next.add(catcher.get("Next").textValue());
      }
    });
    return next;
  }

  private void exclusive(JsonNode state, String at, String a, String b) {
    if (state.has(a) && state.has(b)) {
      problem(at, "has both " + a + " and " + b + "; give one");
    }
  }

  private void checkLanguage(JsonNode node, String at) {
    JsonNode language = node.get("QueryLanguage");
    if (language != null && !Set.of("JSONPath", "JSONata").contains(language.asText())) {
      problem(at + (at.isEmpty() || at.endsWith(".") ? "" : ".") + "QueryLanguage", "must be JSONPath or JSONata");
    }
  }

  private static String language(JsonNode node, String inherited) {
    JsonNode language = node.get("QueryLanguage");
    return language != null && language.isTextual() ? language.textValue() : inherited;
  }

  private static boolean positiveInteger(JsonNode value) {
    return value.isIntegralNumber() && value.longValue() > 0;
  }

  private void problem(String at, String message) {
    problems.add(new Problem(at.isEmpty() ? "(definition)" : at, message));
  }
}
