package io.drkit.activities.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.StepJson;

/**
 * ValidateInput, every workflow's first step: reads the workflow's input as its request type, so that a bad input
 * fails there, as {@code DR.InvalidInput} naming the field, before anything runs, and returns it with every default
 * filled in: the rest of the workflow reads one shape.
 */
public final class InputValidation {

  public JsonNode validate(ValidateInput input) {
    return StepJson.write(StepJson.read(input.input(), input.workflow().type()));
  }
}
