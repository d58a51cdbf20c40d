package io.drkit.activities.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.testing.RecordingTopic;
import io.drkit.activities.testing.TestRegions;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierTest {

  private final TestRegions lab = new TestRegions();

  private JsonNode notify(String json) {
    return ActivityCatalog.of(lab.ports()).step(ActivityCatalog.NOTIFY).run(StepJson.parse(json));
  }

  @Test
  void theSubjectNamesWorkflowOutcomeAndRegionAndTheMessageCarriesEverythingPassed() {
    JsonNode sent = notify("{\"workflow\":\"failover\",\"outcome\":\"SUCCEEDED\",\"failedRegion\":\"ap-south-1\","
        + "\"metrics\":{\"rtoMs\":900}}");
    assertThat(sent.path("subject").asText()).isEqualTo("[DR] failover SUCCEEDED (ap-southeast-1)");
    assertThat(sent.path("topicArn").asText()).isEqualTo(TestRegions.TOPIC);
    RecordingTopic.Message message = lab.topic.messages().get(0);
    JsonNode body = StepJson.parse(message.body());
    assertThat(body.path("failedRegion").asText()).isEqualTo("ap-south-1");
    assertThat(body.path("metrics").path("rtoMs").asInt()).isEqualTo(900);
    assertThat(body.path("outcome").asText()).isEqualTo("SUCCEEDED");
  }

  @Test
  void aRefusedInputIsNotifiedAsItCameWithTheError() {
    JsonNode sent = notify("{\"workflow\":\"rollback\",\"outcome\":\"FAILED\",\"execution\":\"arn:x\","
        + "\"input\":[1,2],\"error\":{\"Error\":\"DR.InvalidInput\",\"Cause\":\"{}\"}}");
    assertThat(sent.path("subject").asText()).contains("rollback FAILED");
    assertThat(StepJson.parse(lab.topic.messages().get(0).body()).path("input").size()).isEqualTo(2);
  }

  @Test
  void aLongSubjectIsCutToWhatSnsAccepts() {
    Notification sent = new Notifier(lab.settings(), lab.topic)
        .notify(new NotifyInput("failover", "X".repeat(200), null));
    assertThat(sent.subject()).hasSize(Notifier.MAX_SUBJECT);
  }

  @Test
  void withoutATopicTheStepSaysSo() {
    Notifier notifier = new Notifier(lab.settings(), new RecordingTopic(Optional.empty()));
    assertThatThrownBy(() -> notifier.notify(new NotifyInput("failover", "FAILED", null)))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("no SNS topic");
  }

  @Test
  void workflowAndOutcomeAreRequired() {
    assertThatThrownBy(() -> notify("{\"workflow\":\"failover\"}")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("'outcome'");
  }
}
