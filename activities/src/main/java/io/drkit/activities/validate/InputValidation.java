package io.drkit.activities.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.support.ActivitySettings;

/**
 * ValidateInput, every workflow's first step: reads the workflow's input as its request type, so that a bad input
 * fails there, as {@code DR.InvalidInput} naming the field, before anything runs, and returns it with every default
 * filled in: the rest of the workflow reads one shape.
 */
public final class InputValidation {

  private final ActivitySettings settings;

  public InputValidation(ActivitySettings settings) {
    this.settings = settings;
  }

  public JsonNode validate(ValidateInput input) {
    WorkflowRequest request = StepJson.read(input.input(), input.workflow().type());
    request.namedRegions().forEach((field, region) -> {
      if (!settings.regions().containsKey(region)) {
        throw new DR.InvalidInput("'" + field + "' is " + region + ", not one of this deployment's regions "
            + settings.regions().keySet());
      }
    });
    return StepJson.write(request);
  }
}
