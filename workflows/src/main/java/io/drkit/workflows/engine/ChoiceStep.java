package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Choice: the first rule that holds names the next state (and its Assign and Output apply); with none, Default;
 * with no Default, States.NoChoiceMatched.
 */
final class ChoiceStep {

  private final StateCall call;

  ChoiceStep(StateCall call) {
    this.call = call;
  }

  Interpreter.Transition decide() {
    JsonNode effective = call.isJsonata() ? call.input() : InputOutput.inputPath(call);
    for (JsonNode rule : call.field("Choices")) {
      if (holds(rule, effective)) {
        InputOutput.Outcome outcome = outcomeOf(rule);
        return new Interpreter.Transition(outcome, Optional.of(rule.path("Next").asText()));
      }
    }
    JsonNode fallback = call.field("Default");
    if (fallback == null) {
      throw new StatesError(ErrorNames.NO_CHOICE_MATCHED,
          "No Matches! (state '" + call.name() + "' has no rule that holds for its input and no Default)");
    }
    return new Interpreter.Transition(InputOutput.passThrough(call, call.field("Assign")),
        Optional.of(fallback.asText()));
  }

  private InputOutput.Outcome outcomeOf(JsonNode rule) {
    InputOutput.Outcome base = InputOutput.passThrough(call, rule.get("Assign"));
    if (call.isJsonata() && rule.has("Output")) {
      JsonNode output = JsonataEvaluator.evaluateField(rule.get("Output"), "Output",
          call.bindings(Optional.empty(), Optional.empty()));
      return new InputOutput.Outcome(output, base.assignments());
    }
    return base;
  }

  private boolean holds(JsonNode rule, JsonNode input) {
    if (rule.has("Condition")) {
      return condition(rule.get("Condition"));
    }
    if (rule.has("And")) {
      for (JsonNode inner : rule.get("And")) {
        if (!holds(inner, input)) {
          return false;
        }
      }
      return true;
    }
    if (rule.has("Or")) {
      for (JsonNode inner : rule.get("Or")) {
        if (holds(inner, input)) {
          return true;
        }
      }
      return false;
    }
    if (rule.has("Not")) {
      return !holds(rule.get("Not"), input);
    }
    return comparison(rule, input);
  }

  private boolean condition(JsonNode condition) {
    JsonNode value = condition.isTextual() && JsonataEvaluator.isExpression(condition)
        ? JsonataEvaluator.evaluateField(condition, "Condition", call.bindings(Optional.empty(), Optional.empty()))
        : condition;
    if (!value.isBoolean()) {
      throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The Condition field evaluated to "
          + Json.write(value) + ", which is not a boolean");
    }
    return value.booleanValue();
  }

  private boolean comparison(JsonNode rule, JsonNode input) {
    String variablePath = rule.path("Variable").asText();
    Optional<JsonNode> variable = Paths.find(variablePath, call.scope(input));
    for (Iterator<Map.Entry<String, JsonNode>> it = rule.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String operator = entry.getKey();
      if (operator.equals("Variable") || operator.equals("Next") || operator.equals("Assign")
          || operator.equals("Output") || operator.equals("Comment")) {
        continue;
      }
      JsonNode operand = entry.getValue();
      if (operator.equals("IsPresent")) {
        return variable.isPresent() == operand.asBoolean();
      }
      if (variable.isEmpty()) {
        throw StatesError.runtime("Invalid path '" + variablePath + "': The choice state's condition path references "
            + "an invalid value.");
      }
      if (operator.endsWith("Path")) {
        String path = operand.asText();
        JsonNode resolved = Paths.find(path, call.scope(input)).orElseThrow(() -> StatesError.runtime(
            "Invalid path '" + path + "': The choice state's condition path references an invalid value."));
        return compare(operator.substring(0, operator.length() - 4), variable.get(), resolved);
      }
      return compare(operator, variable.get(), operand);
    }
    throw StatesError.runtime("A choice rule of state '" + call.name() + "' has no comparison operator");
  }

  static boolean compare(String operator, JsonNode value, JsonNode operand) {
    switch (operator) {
      case "IsNull":
        return value.isNull() == operand.asBoolean();
      case "IsNumeric":
        return value.isNumber() == operand.asBoolean();
      case "IsString":
        return value.isTextual() == operand.asBoolean();
      case "IsBoolean":
        return value.isBoolean() == operand.asBoolean();
      case "IsTimestamp":
        return timestamp(value).isPresent() == operand.asBoolean();
      case "BooleanEquals":
        return value.isBoolean() && operand.isBoolean() && value.booleanValue() == operand.booleanValue();
      case "StringMatches":
        return value.isTextual() && operand.isTextual() && Wildcards.matches(operand.textValue(), value.textValue());
      default:
        break;
    }
    if (operator.startsWith("String")) {
      if (!value.isTextual() || !operand.isTextual()) {
        return false;
      }
      return test(operator.substring("String".length()), value.textValue().compareTo(operand.textValue()));
    }
    if (operator.startsWith("Numeric")) {
      if (!value.isNumber() || !operand.isNumber()) {
        return false;
      }
      return test(operator.substring("Numeric".length()), compareNumbers(value.decimalValue(), operand.decimalValue()));
    }
    if (operator.startsWith("Timestamp")) {
      Optional<OffsetDateTime> left = timestamp(value);
      Optional<OffsetDateTime> right = timestamp(operand);
      if (left.isEmpty() || right.isEmpty()) {
        return false;
      }
      return test(operator.substring("Timestamp".length()), left.get().toInstant().compareTo(right.get().toInstant()));
    }
    throw StatesError.runtime("Unknown choice operator '" + operator + "'");
  }

  private static int compareNumbers(BigDecimal a, BigDecimal b) {
    return a.compareTo(b);
  }

  private static boolean test(String relation, int comparison) {
    return switch (relation) {
      case "Equals" -> comparison == 0;
      case "LessThan" -> comparison < 0;
      case "GreaterThan" -> comparison > 0;
      case "LessThanEquals" -> comparison <= 0;
      case "GreaterThanEquals" -> comparison >= 0;
      default -> throw StatesError.runtime("Unknown choice comparison '" + relation + "'");
    };
  }

  static Optional<OffsetDateTime> timestamp(JsonNode value) {
    if (!value.isTextual()) {
      return Optional.empty();
    }
    return Timestamps.parse(value.textValue());
  }
}
