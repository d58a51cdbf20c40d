package io.drkit.harness.workflow;

import static io.drkit.harness.workflow.TwoRegionLab.SINGAPORE;
import static io.drkit.harness.workflow.TwoRegionLab.notifications;
import static io.drkit.harness.workflow.TwoRegionLab.steps;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.localaws.LocalAws;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every workflow refuses a bad input in its first step, before it scans, locks or fences anything: it fails with
 * {@code DR.InvalidInput} naming the field, notifies with the input it was given, and ends in its Failed state.
 */
class BadInputWorkflowTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(TwoRegionLab.MUMBAI, SINGAPORE);

  private TwoRegionLab lab;
  private LocalDrWorkflows workflows;

  @BeforeEach
  void lab() {
    lab = new TwoRegionLab(aws); // local AWS is reset before each test
    workflows = lab.workflows(SINGAPORE, Faults.none());
  }

  @AfterEach
  void close() {
    lab.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "consistency|{\"regions\":[\"ap-south-1\",\"ap-southeast-1\"]}|'regions' is not a field",
      "consistency|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\",\"segments\":\"4\"}|'segments'",
      "failover|{\"failedRegion\":\"ap-south-1\"}|'targetRegion' is required",
      "failover|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-south-1\"}|must be different regions",
      "failover|{\"failedRegion\":\"eu-west-1\",\"targetRegion\":\"ap-southeast-1\"}|not one of this deployment's regions",
      "failover|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\",\"method\":\"teleport\"}|'method'",
      "failback|{\"failedRegion\":\"mumbai\",\"targetRegion\":\"ap-southeast-1\"}|'failedRegion' must be an AWS region",
      "rollback|{\"targets\":[\"routing\"]}|'snapshotId' is required",
      "rollback|[1,2]|must be a JSON object"})
  void aBadInputFailsInTheFirstStepNamingTheFieldAndIsNotified(String workflow, String input, String says) {
    ExecutionDescription result = workflows.run(workflow, Json.parse(input), Duration.ofSeconds(30));
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("DR.InvalidInput");
    assertThat(result.cause().orElse("")).contains(says);
    var history = workflows.history(result.executionArn());
    assertThat(steps(history)).containsExactly("ValidateInput", "NotifyNotStarted", "NotStarted", "Failed");
    List<JsonNode> sent = notifications(history);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path("outcome").asText()).isEqualTo("FAILED");
    assertThat(sent.get(0).path("input")).isEqualTo(Json.parse(input));
    assertThat(sent.get(0).path("error").path("Error").asText()).isEqualTo("DR.InvalidInput");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "failover|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\",\"force\":true}",
      "consistency|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\"}"})
  void aGoodInputPassesWithItsDefaultsFilledIn(String workflow, String input) {
    String execution = workflows.start(workflow, Json.parse(input), Optional.empty());
    ExecutionDescription result = workflows.await(execution, Duration.ofSeconds(60));
    assertThat(steps(workflows.history(execution))).doesNotContain("InvalidInput");
    assertThat(result.error()).isNotEqualTo(Optional.of("DR.InvalidInput"));
  }
}
