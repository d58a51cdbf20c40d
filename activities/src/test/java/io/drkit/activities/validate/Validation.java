package io.drkit.activities.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import org.assertj.core.api.AbstractThrowableAssert;

/** ValidateInput run by name through its JSON contract, as a workflow's first state runs it. */
final class Validation {

  /** The two regions every workflow but the rollback needs, as JSON fields. */
  static final String REGIONS = "'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1'";

  private final StepRunner steps = new StepRunner(new TestRegions());
  private final String workflow;

  Validation(String workflow) {
    this.workflow = workflow;
  }

  /** The step's own input: the workflow, and the input it was started with. */
  static JsonNode step(String workflow, JsonNode input) {
    ObjectNode step = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("workflow", workflow);
    step.set("input", input);
    return step;
  }

  /** The workflow's input with every default filled in; JSON with {@code '} for {@code "}. */
  JsonNode validate(String input) {
    return validate(StepRunner.json(input));
  }

  JsonNode validate(JsonNode input) {
    return steps.run(ActivityCatalog.VALIDATE_INPUT, step(workflow, input));
  }

  /** Asserts the input is refused as {@code DR.InvalidInput}. */
  AbstractThrowableAssert<?, ? extends Throwable> refuses(String input) {
    return refuses(StepRunner.json(input));
  }

  AbstractThrowableAssert<?, ? extends Throwable> refuses(JsonNode input) {
    return steps.refuses(ActivityCatalog.VALIDATE_INPUT, step(workflow, input));
  }

  /** Asserts the two regions with one more option, such as {@code 'force':'yes'}, are refused. */
  AbstractThrowableAssert<?, ? extends Throwable> refusesOption(String option) {
    return refuses("{" + REGIONS + "," + option + "}");
  }

  /** Asserts the two regions with one more field are refused by a message that names the field. */
  AbstractThrowableAssert<?, ? extends Throwable> refusesOption(String field, Object value) {
    return refusesOption("'" + field + "':" + value).hasMessageContaining("'" + field + "'");
  }
}
