package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.jsonpath.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A Choice state's rules: where each leads, and the shape of each comparison. */
final class ChoiceRules {

  private static final Set<String> COMPARATORS = Set.of("StringEquals", "StringLessThan", "StringGreaterThan",
      "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan",
      "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals", "TimestampEquals",
      "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals", "IsNull",
      "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");
  private static final Set<String> OTHER_RULE_FIELDS = Set.of("Variable", "Next", "Assign", "Output", "Comment");

  private final Findings findings;
  private final TransitionTargets targets;
  private final PathAndExpressionRules paths;

  ChoiceRules(Findings findings, TransitionTargets targets, PathAndExpressionRules paths) {
    this.findings = findings;
    this.targets = targets;
    this.paths = paths;
  }

  void check(JsonNode state, String at, JsonNode states, boolean jsonata) {
    JsonNode choices = state.get("Choices");
    if (choices == null || !choices.isArray() || choices.isEmpty()) {
      findings.add(at + ".Choices", "is required and must be a non-empty array of rules");
      return;
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonNode rule = choices.get(i);
      String ruleAt = at + ".Choices[" + i + "]";
      if (!rule.has("Next")) {
        findings.add(ruleAt + ".Next", "is required in a top-level choice rule");
      } else {
        targets.check(rule.get("Next"), ruleAt + ".Next", states);
      }
      rule(rule, ruleAt, jsonata);
    }
    if (state.has("Default")) {
      targets.check(state.get("Default"), at + ".Default", states);
    }
  }

  private void rule(JsonNode rule, String at, boolean jsonata) {
    if (jsonata) {
      if (!rule.has("Condition")) {
        findings.add(at + ".Condition", "is required in a JSONata choice rule");
      }
      return;
    }
    if (rule.has("And") || rule.has("Or")) {
      String op = rule.has("And") ? "And" : "Or";
      JsonNode inner = rule.get(op);
      if (!inner.isArray() || inner.isEmpty()) {
        findings.add(at + "." + op, "must be a non-empty array of rules");
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
    comparison(rule, at);
  }

  private void comparison(JsonNode rule, String at) {
    List<String> operators = new ArrayList<>();
    rule.fieldNames().forEachRemaining(field -> {
      String base = field.endsWith("Path") ? field.substring(0, field.length() - 4) : field;
      if (COMPARATORS.contains(field) || COMPARATORS.contains(base) && !field.equals("IsPresentPath")) {
        operators.add(field);
      } else if (!OTHER_RULE_FIELDS.contains(field)) {
        findings.add(at + "." + field, "is not a choice rule field");
      }
    });
    if (operators.size() != 1) {
      findings.add(at, "needs exactly one comparison operator, found " + operators);
    }
    JsonNode variable = rule.get("Variable");
    if (variable == null || !variable.isTextual() || !Paths.isPath(variable.textValue())) {
      findings.add(at + ".Variable", "is required and must be a path");
    } else {
      paths.path(variable.textValue(), at + ".Variable");
    }
  }
}
