package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.intrinsics.IntrinsicParser;
import io.drkit.workflows.intrinsics.Intrinsics;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.util.Optional;

/** Fail: ends the execution with Error and Cause (given, read by ErrorPath/CausePath, or JSONata). */
final class FailStep {

  private FailStep() {}

  static StatesError error(StateCall call) {
    return new StatesError(text(call, "Error", "ErrorPath"), text(call, "Cause", "CausePath"));
  }

  private static String text(StateCall call, String field, String pathField) {
    if (call.isJsonata()) {
      JsonNode value = call.field(field);
      if (value == null) {
        return null;
      }
      JsonNode result = JsonataEvaluator.evaluateField(value, field, call.bindings(Optional.empty(), Optional.empty()));
      return result.isTextual() ? result.textValue() : Json.write(result);
    }
    if (call.has(pathField)) {
      String path = call.field(pathField).asText();
      JsonNode value = IntrinsicParser.isIntrinsic(path)
          ? Intrinsics.evaluate(path, call.scope(call.input()))
          : Paths.find(path, call.scope(call.input())).orElseThrow(() -> StatesError.runtime("The JSONPath '" + path
              + "' specified for the field '" + pathField + "' could not be found in the input '"
              + Json.write(call.input()) + "'"));
      return value.isTextual() ? value.textValue() : Json.write(value);
    }
    JsonNode value = call.field(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
