package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.BiConsumer;

/** Retry and Catch: the shape of each retrier and catcher, and States.ALL alone and last. */
final class ErrorHandlerRules {

  private static final Set<String> JITTER_STRATEGIES = Set.of("FULL", "NONE");

  private final Findings findings;
  private final TransitionTargets targets;
  private final PathAndExpressionRules paths;

  ErrorHandlerRules(Findings findings, TransitionTargets targets, PathAndExpressionRules paths) {
    this.findings = findings;
    this.targets = targets;
    this.paths = paths;
  }

  void retriers(JsonNode retriers, String at) {
    handlers(retriers, at, "retriers", this::retrier);
  }

  void catchers(JsonNode catchers, String at, JsonNode states) {
    handlers(catchers, at, "catchers", (catcher, here) -> catcher(catcher, here, states));
  }

  /** Retry and Catch are both arrays of handlers that match errors the same way; each then has fields of its own. */
  private void handlers(JsonNode handlers, String at, String what, BiConsumer<JsonNode, String> ownFields) {
    if (!handlers.isArray()) {
      findings.add(at, "must be an array of " + what);
      return;
    }
    for (int i = 0; i < handlers.size(); i++) {
      String here = at + "[" + i + "]";
      errorEquals(handlers.get(i), here, i == handlers.size() - 1);
      ownFields.accept(handlers.get(i), here);
    }
  }

  private void retrier(JsonNode retrier, String at) {
    if (retrier.has("MaxAttempts") && !FieldValues.isNonNegativeInteger(retrier.get("MaxAttempts"))) {
      findings.add(at + ".MaxAttempts", "must be a non-negative integer");
    }
    if (retrier.has("IntervalSeconds") && !FieldValues.isPositiveInteger(retrier.get("IntervalSeconds"))) {
      findings.add(at + ".IntervalSeconds", "must be a positive integer");
    }
    if (retrier.has("BackoffRate") && !(retrier.get("BackoffRate").isNumber()
        && retrier.get("BackoffRate").doubleValue() >= 1.0)) {
      findings.add(at + ".BackoffRate", "must be a number of at least 1.0");
    }
    if (retrier.has("MaxDelaySeconds") && !FieldValues.isPositiveInteger(retrier.get("MaxDelaySeconds"))) {
      findings.add(at + ".MaxDelaySeconds", "must be a positive integer");
    }
    if (retrier.has("JitterStrategy") && !JITTER_STRATEGIES.contains(retrier.get("JitterStrategy").asText())) {
      findings.add(at + ".JitterStrategy", "must be FULL or NONE");
    }
  }

  private void catcher(JsonNode catcher, String at, JsonNode states) {
    if (!catcher.has("Next")) {
      findings.add(at + ".Next", "is required");
    } else {
      targets.check(catcher.get("Next"), at + ".Next", states);
    }
    if (catcher.has("ResultPath") && !catcher.get("ResultPath").isNull()) {
      paths.referencePath(catcher.get("ResultPath").asText(), at + ".ResultPath");
    }
  }

  private void errorEquals(JsonNode handler, String at, boolean last) {
    JsonNode names = handler.get("ErrorEquals");
    if (names == null || !names.isArray() || names.isEmpty()) {
      findings.add(at + ".ErrorEquals", "is required and must be a non-empty array of error names");
      return;
    }
    for (JsonNode name : names) {
      if (!name.isTextual()) {
        findings.add(at + ".ErrorEquals", "holds something that is not an error name: " + name);
      } else if (name.textValue().equals("States.ALL") && (names.size() > 1 || !last)) {
        findings.add(at + ".ErrorEquals", "States.ALL must appear alone and in the last retrier or catcher");
      }
    }
  }
}
