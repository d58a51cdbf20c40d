package io.drkit.activities.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.Require;

/** Input of ValidateInput: which workflow, and the input it was started with. */
public record ValidateInput(WorkflowRequests workflow, JsonNode input) {

  public ValidateInput {
    Require.present("workflow", workflow);
    Require.present("input", input);
  }
}
