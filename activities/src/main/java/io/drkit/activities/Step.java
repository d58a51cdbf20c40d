package io.drkit.activities;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.StepJson;
import java.util.Objects;

/**
 * An activity under its function name, with its contract: the JSON a state machine passes must read as
 * {@code input}, and what it returns is {@code output} written as JSON. The Lambda handlers and the local engine
 * both run a step through {@link #run(JsonNode)}, so both refuse the same bad input the same way.
 */
public record Step<I, O>(String name, Class<I> input, Class<O> output, Activity<I, O> activity) {

  public Step {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(activity, "activity");
  }

  public static <I, O> Step<I, O> of(String name, Class<I> input, Class<O> output, Activity<I, O> activity) {
    return new Step<>(name, input, output, activity);
  }

  /** Reads the input by the contract ({@code DR.InvalidInput} naming the field if it does not), runs, writes. */
  public JsonNode run(JsonNode json) {
    return StepJson.write(activity.run(StepJson.read(json, input)));
  }
}
