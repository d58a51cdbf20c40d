package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** Pass: its result is {@code Result} when given (JSONPath), else its effective input. */
final class PassStep {

  private PassStep() {}

  static JsonNode result(StateCall call, JsonNode effectiveInput) {
    return !call.isJsonata() && call.has("Result") ? call.field("Result").deepCopy() : effectiveInput;
  }
}
