package io.drkit.activities.validate;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every workflow's first step does whatever the workflow: one shape out, and no input that is not an object. */
class InputValidationTest {

  private static final String REGIONS = "{" + Validation.REGIONS + "}";

  private final StepRunner steps = new StepRunner(new TestRegions());

  static Stream<String> workflows() {
    return Stream.of("failover", "failback", "consistency", "rollback");
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void validatingAValidatedInputAgainChangesNothing(String workflow) {
    Validation validation = new Validation(workflow);
    JsonNode once = validation.validate(REGIONS);

    assertThat(validation.validate(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void aChildExecutionsLinkToItsParentIsAcceptedAndNotPassedOn(String workflow) {
    ObjectNode child = (ObjectNode) json(REGIONS);
    child.put("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID",
        "arn:aws:states:ap-southeast-1:000000000000:execution:dr-failover:run-1");

    assertThat(new Validation(workflow).validate(child)).isEqualTo(new Validation(workflow).validate(REGIONS));
  }

  static Stream<Arguments> notObjects() {
    return workflows().flatMap(workflow -> Stream.of(Arguments.of(workflow, "['ap-south-1','ap-southeast-1']", "array"),
        Arguments.of(workflow, "'ap-south-1'", "string"), Arguments.of(workflow, "42", "number"),
        Arguments.of(workflow, "null", "null")));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("notObjects")
  void anInputThatIsNotAJsonObjectIsRefused(String workflow, String input, String shape) {
    new Validation(workflow).refuses(input).hasMessageContaining("input").hasMessageContaining(shape);
  }

  @Test
  void anUnknownWorkflowIsRefusedWithTheKnownOnes() {
    steps.refuses(ActivityCatalog.VALIDATE_INPUT, "{'workflow':'teleport','input':{}}")
        .hasMessageContaining("'workflow'").hasMessageContaining("failover").hasMessageContaining("rollback");
  }

  @Test
  void theInputToValidateIsRequired() {
    steps.refuses(ActivityCatalog.VALIDATE_INPUT, "{'workflow':'failover'}").hasMessageContaining("'input'");
  }

  @Test
  void theStepsOwnInputMustBeAnObject() {
    steps.refuses(ActivityCatalog.VALIDATE_INPUT, "['failover']").hasMessageContaining("array");
  }

  @org.junit.jupiter.api.Test
  void aRegionNotOfThisDeploymentIsRefusedBeforeAnythingRuns() {
    new Validation("failover").refuses("{'failedRegion':'eu-west-1','targetRegion':'ap-southeast-1'}")
        .hasMessageContaining("'failedRegion' is eu-west-1, not one of this deployment's regions");
    new Validation("rollback").refuses("{'targetRegion':'us-east-1'}").hasMessageContaining("'targetRegion'");
    new Validation("rollback").validate("{'targets':['alias']}");
  }
}
