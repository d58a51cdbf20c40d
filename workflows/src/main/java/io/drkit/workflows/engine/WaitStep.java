package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Wait: for Seconds (or SecondsPath), or until Timestamp (or TimestampPath); at most a year. */
final class WaitStep {

  private static final Duration LONGEST = Duration.ofDays(365);
  private static final long MAX_SECONDS = 99_999_999L;

  private final StateCall call;
  private final EngineClock clock;

  WaitStep(StateCall call, EngineClock clock) {
    this.call = call;
    this.clock = clock;
  }

  InputOutput.Outcome run() {
    Instant now = clock.now();
    Instant until = call.isJsonata() ? jsonataUntil(now) : jsonPathUntil(now);
    if (until.isAfter(now.plus(LONGEST))) {
      throw StatesError.runtime("Wait state delay is too long.");
    }
    try {
      clock.sleep(Duration.between(now, until));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError(EngineErrors.ABORTED, "interrupted");
    }
    return InputOutput.passThrough(call, call.field("Assign"));
  }

  private Instant jsonPathUntil(Instant now) {
    JsonNode effective = InputOutput.inputPath(call);
    if (call.has("Seconds")) {
      return now.plusSeconds(call.field("Seconds").asLong());
    }
    if (call.has("Timestamp")) {
      return Timestamps.parse(call.field("Timestamp").asText()).map(t -> t.toInstant())
          .orElseThrow(() -> StatesError.runtime("The Timestamp field is not a valid timestamp"));
    }
    if (call.has("SecondsPath")) {
      String path = call.field("SecondsPath").asText();
      JsonNode value = Paths.find(path, call.scope(effective)).orElseThrow(() -> StatesError.runtime(
          "The SecondsPath parameter does not reference an input value: " + path));
      if (!value.isNumber() || !value.isIntegralNumber() && value.decimalValue().stripTrailingZeros().scale() > 0) {
        throw StatesError.runtime("The SecondsPath parameter cannot be parsed as a long value: " + path + " == "
            + (value.isTextual() ? value.textValue() : Json.write(value)));
      }
      long seconds = value.longValue();
      if (seconds < 0) {
        throw StatesError.runtime("The SecondsPath parameter references a negative value: " + path + " == " + seconds);
      }
      return now.plusSeconds(seconds);
    }
    if (call.has("TimestampPath")) {
      String path = call.field("TimestampPath").asText();
      JsonNode value = Paths.find(path, call.scope(effective)).orElseThrow(() -> StatesError.runtime(
          "The TimestampPath parameter does not reference an input value: " + path));
      return Timestamps.parse(value.asText()).map(t -> t.toInstant()).orElseThrow(() -> StatesError.runtime(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
              + path + " == " + (value.isTextual() ? value.textValue() : Json.write(value))));
    }
    throw StatesError.runtime("A Wait state needs Seconds, SecondsPath, Timestamp or TimestampPath");
  }

  private Instant jsonataUntil(Instant now) {
    if (call.has("Seconds")) {
      JsonNode value = evaluate("Seconds");
      if (!value.isIntegralNumber() || value.longValue() < 0 || value.longValue() > MAX_SECONDS) {
        throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The Seconds field must be an integer from 0 to "
            + MAX_SECONDS + ", not " + Json.write(value));
      }
      return now.plusSeconds(value.longValue());
    }
    if (call.has("Timestamp")) {
      JsonNode value = evaluate("Timestamp");
      String text = value.isTextual() ? value.textValue() : Json.write(value);
      return Timestamps.parse(text).map(t -> t.toInstant()).orElseThrow(() -> new StatesError(
          ErrorNames.QUERY_EVALUATION_ERROR,
          "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: " + text));
    }
    throw StatesError.runtime("A Wait state needs Seconds or Timestamp");
  }

  private JsonNode evaluate(String field) {
    return JsonataEvaluator.evaluateField(call.field(field), field, call.bindings(Optional.empty(), Optional.empty()));
  }
}
