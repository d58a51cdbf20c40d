package io.drkit.activities.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.StepJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inputs the alarms' EventBridge rules start workflows with, from the templates deployed, with their
 * {@code ${Terraform}} placeholders and {@code <event>} placeholders filled as Terraform and EventBridge fill them.
 */
class AlarmTemplatesTest {

  /** What EventBridge takes from a CloudWatch alarm's state change: every value a JSON string. */
  private static final Map<String, String> FROM_THE_EVENT = Map.of(
      "<watcher>", "\"ap-southeast-1\"",
      "<time>", "\"2026-11-26T08:04:40Z\"",
      "<alarm>", "\"dr-peer-unhealthy-ap-south-1\"",
      "<reason>", "\"Threshold Crossed: 3 out of the last 3 datapoints were less than the threshold (1.0).\"");

  private static JsonNode filled(String template, Map<String, String> fromTerraform) {
    String text = resource("/eventbridge/" + template + ".input-template.json");
    for (Map.Entry<String, String> placeholder : fromTerraform.entrySet()) {
      text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    for (Map.Entry<String, String> placeholder : FROM_THE_EVENT.entrySet()) {
      text = text.replace(placeholder.getKey(), placeholder.getValue());
    }
    assertThat(text).as("every placeholder filled").doesNotContain("${").doesNotContainPattern("<[A-Za-z]+>");
    return StepJson.parse(text);
  }

  private static String resource(String path) {
    try (InputStream in = AlarmTemplatesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thePeerUnhealthyAlarmStartsAValidFailoverOfThePeerIntoTheWatchingRegion() {
    JsonNode input = filled("peer-unhealthy",
        Map.of("PeerRegion", "ap-south-1", "StaleAfterSeconds", "150", "ReassessEverySeconds", "60"));

    JsonNode failover = new Validation("failover").validate(input);

    assertThat(failover.get("failedRegion").asText()).isEqualTo("ap-south-1");
    assertThat(failover.get("targetRegion").asText()).isEqualTo("ap-southeast-1");
    assertThat(failover.get("mode").asText()).isEqualTo("ungraceful");
    assertThat(failover.get("force").asBoolean()).isFalse();
    assertThat(failover.get("staleAfterSeconds").asLong()).isEqualTo(150);
    assertThat(failover.get("reassessEverySeconds").asLong()).isEqualTo(60);
    assertThat(failover.get("detectedAt").asText()).isEqualTo("2026-11-26T08:04:40Z");
    assertThat(failover.get("trigger").asText()).isEqualTo("dr-peer-unhealthy-ap-south-1");
    assertThat(failover.get("reason").asText()).startsWith("Threshold Crossed");
    assertThat(failover.get("method").asText()).isEqualTo("health-check");
  }

  @Test
  void theRouterErrorsAlarmStartsAValidAutomaticRollbackOfTheAlias() {
    JsonNode rollback = new Validation("rollback").validate(filled("router-errors", Map.of()));

    assertThat(rollback.get("targets").toString()).isEqualTo("[\"alias\"]");
    assertThat(rollback.get("automatic").asBoolean()).isTrue();
    assertThat(rollback.get("failedRegion").asText()).isEqualTo("ap-southeast-1");
    assertThat(rollback.get("targetRegion").asText()).isEqualTo("ap-southeast-1");
    assertThat(rollback.get("detectedAt").asText()).isEqualTo("2026-11-26T08:04:40Z");
  }
}
