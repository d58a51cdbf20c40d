package io.drkit.activities.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.contract.StepJson;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Runs steps by name through their JSON contract, as a state machine does, over the in-memory ports of
 * {@link TestRegions}. JSON is written with single quotes for double ones, to keep the tests readable.
 */
public final class StepRunner {

  private final ActivityCatalog catalog;

  public StepRunner(TestRegions regions) {
    this.catalog = ActivityCatalog.of(regions.ports());
  }

  /** JSON from text in which {@code '} stands for {@code "}. */
  public static JsonNode json(String text) {
    return StepJson.parse(text.replace('\'', '"'));
  }

  public JsonNode run(String step, String json) {
    return run(step, json(json));
  }

  /** The step's output as a state machine receives it: written as text, and read back. */
  public JsonNode run(String step, JsonNode json) {
    return StepJson.parse(StepJson.text(catalog.step(step).run(json)));
  }

  /** Asserts the step refuses the input as {@code DR.InvalidInput}; the message is then for the test to check. */
  public AbstractThrowableAssert<?, ? extends Throwable> refuses(String step, String json) {
    return refuses(step, json(json));
  }

  public AbstractThrowableAssert<?, ? extends Throwable> refuses(String step, JsonNode json) {
    return assertThatThrownBy(() -> run(step, json)).isInstanceOf(InvalidInput.class);
  }
}
