package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A Map state's MaxConcurrency and failure tolerance, from constants, paths or JSONata. */
record MapLimits(int maxConcurrency, OptionalLong toleratedCount, OptionalDouble toleratedPercentage) {

  static MapLimits of(StateCall call, JsonNode effectiveInput) {
    OptionalLong concurrency = integer(call, effectiveInput, "MaxConcurrency", "MaxConcurrencyPath");
    OptionalLong count = integer(call, effectiveInput, "ToleratedFailureCount", "ToleratedFailureCountPath");
    if (count.isPresent() && count.getAsLong() < 0) {
      throw StatesError.runtime("ToleratedFailureCount cannot be negative.");
    }
    OptionalDouble percentage = decimal(call, effectiveInput, "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath");
    if (percentage.isPresent() && (percentage.getAsDouble() < 0 || percentage.getAsDouble() > 100)) {
      throw StatesError.runtime("ToleratedFailurePercentage must be between 0 and 100.");
    }
    return new MapLimits((int) Math.max(0, concurrency.orElse(0)), count, percentage);
  }

  boolean hasTolerance() {
    return toleratedCount.isPresent() || toleratedPercentage.isPresent();
  }

  /** Whether {@code failures} of {@code total} items fail the Map. */
  boolean exceeded(int failures, int total, boolean distributed) {
    if (failures == 0) {
      return false;
    }
    if (!hasTolerance()) {
      return true;
    }
    boolean overCount = toleratedCount.isPresent() && failures > toleratedCount.getAsLong();
    boolean overPercentage = toleratedPercentage.isPresent()
        && failures * 100.0 / Math.max(1, total) > toleratedPercentage.getAsDouble();
    if (toleratedCount.isPresent() && toleratedPercentage.isPresent()) {
      return overCount || overPercentage;
    }
    return toleratedCount.isPresent() ? overCount : overPercentage;
  }

  private static OptionalLong integer(StateCall call, JsonNode input, String field, String pathField) {
    Optional<JsonNode> value = value(call, input, field, pathField);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    Optional<BigDecimal> number = number(value.get());
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      throw invalid(call, field, pathField, value.get(), "integer");
    }
    return OptionalLong.of(number.get().longValue());
  }

  private static OptionalDouble decimal(StateCall call, JsonNode input, String field, String pathField) {
    Optional<JsonNode> value = value(call, input, field, pathField);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    Optional<BigDecimal> number = number(value.get());
    if (number.isEmpty()) {
      throw invalid(call, field, pathField, value.get(), "float");
    }
    return OptionalDouble.of(number.get().doubleValue());
  }

  private static StatesError invalid(StateCall call, String field, String pathField, JsonNode value, String kind) {
    String text = value.isTextual() ? value.textValue() : Json.write(value);
    if (call.has(pathField)) {
      return StatesError.runtime("The " + pathField + " field refers to value \"" + text + "\" which is not a valid "
          + kind + ": " + call.field(pathField).asText());
    }
    return new StatesError(call.isJsonata() ? ErrorNames.QUERY_EVALUATION_ERROR : ErrorNames.RUNTIME,
        "The " + field + " field value \"" + text + "\" is not a valid " + kind);
  }

  private static Optional<BigDecimal> number(JsonNode value) {
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    if (value.isTextual()) {
      try {
        return Optional.of(new BigDecimal(value.textValue().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> value(StateCall call, JsonNode input, String field, String pathField) {
    if (call.has(pathField)) {
      String path = call.field(pathField).asText();
      return Optional.of(Paths.find(path, call.scope(input)).orElseThrow(() -> StatesError.runtime(
          "Invalid path '" + path + "' : No results for path: " + InputOutput.bracketed(path))));
    }
    JsonNode value = call.field(field);
    if (value == null) {
      return Optional.empty();
    }
    if (JsonataEvaluator.isExpression(value)) {
      return Optional.of(JsonataEvaluator.evaluateField(value, field,
          call.bindings(Optional.empty(), Optional.empty())));
    }
    return Optional.of(value);
  }
}
