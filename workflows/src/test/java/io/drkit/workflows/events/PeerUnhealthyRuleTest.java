package io.drkit.workflows.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule Terraform deploys in each region, matched by EventBridge's own matcher against alarm state changes. */
class PeerUnhealthyRuleTest {

  private final EventRule rule = EventRule.load("peer-unhealthy", Map.of("PeerRegion", "ap-south-1", "NamePrefix", "dr",
      "StaleAfterSeconds", "150", "ReassessEverySeconds", "60"));

  @Test
  void thePeerAlarmGoingIntoAlarmStartsAFailoverOfThePeerIntoThisRegion() throws IOException {
    JsonNode event = event("alarm-peer-unhealthy-alarm.json");
    assertThat(rule.matches(event)).isTrue();
    assertThat(rule.transform(event)).isEqualTo(Json.parse("""
        {"failedRegion":"ap-south-1","targetRegion":"ap-southeast-1","mode":"ungraceful","staleAfterSeconds":150,
         "reassessEverySeconds":60,"force":false,
         "detectedAt":"2026-11-26T08:04:40Z","trigger":"dr-peer-unhealthy-ap-south-1",
         "reason":"Threshold Crossed: 3 out of the last 3 datapoints [0.0 (26/11/26 08:04:10), 0.0 (26/11/26 08:04:00), 0.0 (26/11/26 08:03:50)] were less than the threshold (1.0)."}"""));
  }

  @Test
  void recoveriesAndOtherAlarmsStartNothing() throws IOException {
    assertThat(rule.matches(event("alarm-peer-unhealthy-ok.json"))).isFalse();
    assertThat(rule.matches(event("alarm-other-alarm.json"))).isFalse();
  }

  @Test
  void theRouterErrorsAlarmRollsItsRegionsAliasBackAutomatically() throws IOException {
    EventRule rollback = EventRule.load("router-errors", Map.of("NamePrefix", "dr"));
    JsonNode alarm = event("alarm-peer-unhealthy-alarm.json").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) alarm.path("detail")).put("alarmName", "dr-router-errors-ap-southeast-1");
    assertThat(rollback.matches(alarm)).isTrue();
    assertThat(rollback.transform(alarm).path("targets").toString()).isEqualTo("[\"alias\"]");
    assertThat(rollback.transform(alarm).path("automatic").asBoolean()).isTrue();
    assertThat(rollback.transform(alarm).path("targetRegion").asText()).isEqualTo("ap-southeast-1");
    assertThat(rollback.matches(event("alarm-peer-unhealthy-alarm.json"))).as("the peer alarm is not its").isFalse();
  }

  @Test
  void anUnfilledPlaceholderIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventRule.load("peer-unhealthy", Map.of()))
        .hasMessageContaining("placeholder");
  }

  @Test
  void aTemplateValueInsideAStringIsInsertedAsText() {
    InputTransformer transformer = new InputTransformer(Json.parse("{\"r\":\"$.region\",\"n\":\"$.detail.count\"}"),
        "{\"message\": \"alarm in <r> after <n> checks\", \"count\": <n>}");
    assertThat(transformer.apply(Json.parse("{\"region\":\"ap-south-1\",\"detail\":{\"count\":3}}")))
        .isEqualTo(Json.parse("{\"message\":\"alarm in ap-south-1 after 3 checks\",\"count\":3}"));
  }

  private static JsonNode event(String name) throws IOException {
    try (InputStream in = PeerUnhealthyRuleTest.class.getResourceAsStream("/events/" + name)) {
      return Json.MAPPER.readTree(in);
    }
  }
}
