package io.drkit.workflows.validation;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.intrinsics.IntrinsicParser;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.util.List;
import java.util.Set;

/**
 * The syntax of what a state evaluates: paths, reference paths and intrinsic functions in a JSONPath state, JSONata
 * expressions in a JSONata state.
 */
final class PathAndExpressionRules {

  private static final List<String> PATH_FIELDS = List.of("SecondsPath", "TimestampPath", "ItemsPath",
      "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
      "ToleratedFailurePercentagePath");
  private static final List<String> PATH_OR_INTRINSIC_FIELDS = List.of("ErrorPath", "CausePath");
  private static final List<String> TEMPLATE_FIELDS = List.of("Parameters", "ResultSelector", "ItemSelector",
      "Assign");
  /** Nested machines are checked as machines of their own, in their own language. */
  private static final Set<String> NESTED_MACHINES = Set.of("ItemProcessor", "Iterator", "Branches");

  private final Findings findings;

  PathAndExpressionRules(Findings findings) {
    this.findings = findings;
  }

  void state(JsonNode state, String at, String language) {
    if (QueryLanguage.isJsonata(language)) {
      expressions(state, at);
    } else {
      paths(state, at);
    }
  }

  void path(String text, String at) {
    if (!Paths.isPath(text)) {
      findings.add(at, "'" + text + "' is not a path: paths start with $");
      return;
    }
    // $, context ($$) and variable ($name) paths are not JSONPath as written: the engine reads them its own way.
    if (text.startsWith("$$") || text.equals("$") || text.matches("^\\$[A-Za-z_][A-Za-z0-9_]*.*")) {
      return;
    }
    try {
      Paths.compile(text);
    } catch (StatesError e) {
      findings.add(at, "'" + text + "' is not a valid JSONPath");
    }
  }

  void referencePath(String text, String at) {
    path(text, at);
    if (text.contains("*") || text.contains("..") || text.contains("?(") || text.contains(":")) {
      findings.add(at, "'" + text + "' must be a reference path: no wildcards, filters, slices or deep scans");
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
    for (String field : PATH_FIELDS) {
      if (state.has(field)) {
        path(state.get(field).asText(), at + "." + field);
      }
    }
    for (String field : PATH_OR_INTRINSIC_FIELDS) {
      if (state.has(field)) {
        pathOrIntrinsic(state.get(field).asText(), at + "." + field);
      }
    }
    for (String field : TEMPLATE_FIELDS) {
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
            findings.add(at + "." + e.getKey(), "a field ending in .$ takes a path or intrinsic function as a string");
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
        findings.add(at, e.cause());
      }
    } else {
      path(text, at);
    }
  }

  private void expressions(JsonNode node, String at) {
    if (node.isTextual() && JsonataEvaluator.isExpression(node)) {
      try {
        Jsonata.jsonata(JsonataEvaluator.body(node.textValue()));
      } catch (RuntimeException e) {
        findings.add(at, "the JSONata expression does not parse: " + e.getMessage());
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        if (!NESTED_MACHINES.contains(e.getKey())) {
          expressions(e.getValue(), at + "." + e.getKey());
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        expressions(node.get(i), at + "[" + i + "]");
      }
    }
  }
}
