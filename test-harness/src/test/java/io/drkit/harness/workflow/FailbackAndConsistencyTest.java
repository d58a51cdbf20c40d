package io.drkit.harness.workflow;

import static io.drkit.harness.workflow.TwoRegionLab.MUMBAI;
import static io.drkit.harness.workflow.TwoRegionLab.SINGAPORE;
import static io.drkit.harness.testing.Eventually.eventually;
import static io.drkit.harness.workflow.TwoRegionLab.steps;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.localaws.LocalAws;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Failback's gates and the consistency validation it runs as a child execution. */
class FailbackAndConsistencyTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final JsonNode REGIONS = Json.parse(
      "{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE + "\"}");
  private TwoRegionLab lab;

  @BeforeEach
  void lab() {
    lab = new TwoRegionLab(aws);
  }

  @AfterEach
  void close() {
    lab.close();
  }

  private void item(String region, String id, String value, Instant at) {
    aws.dynamoDb(region).putItem(b -> b.tableName(aws.tables().application()).item(Map.of(
        "id", AttributeValue.fromS(id),
        "data", AttributeValue.fromM(Map.of("v", AttributeValue.fromS(value))),
        "version", AttributeValue.fromN("1"),
        "createdAt", AttributeValue.fromS(at.toString()),
        "updatedAt", AttributeValue.fromS(at.toString()),
        "updatedRegion", AttributeValue.fromS(region))));
  }

  private boolean sameInBoth(String id) {
    var key = Map.of("id", AttributeValue.fromS(id));
    var a = aws.dynamoDb(MUMBAI).getItem(b -> b.tableName(aws.tables().application()).key(key).consistentRead(true));
    var b2 = aws.dynamoDb(SINGAPORE).getItem(b -> b.tableName(aws.tables().application()).key(key).consistentRead(true));
    return a.hasItem() && b2.hasItem() && a.item().equals(b2.item());
  }

  private JsonNode consistency(String options) {
    JsonNode input = Json.parse("{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE
        + "\",\"segments\":2,\"buckets\":64,\"recheckDelaySeconds\":2,\"inFlightSeconds\":1" + options + "}");
    ExecutionDescription result = lab.workflows(SINGAPORE, Faults.none()).run("consistency", input, WAIT);
    assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
    return result.output().orElseThrow().path("report");
  }

  @Test
  void identicalRegionsAreConsistent() {
    for (int i = 0; i < 30; i++) {
      item(MUMBAI, "same-" + i, "v" + i, Instant.now());
    }
    assertThat(eventually(() -> sameInBoth("same-29"))).isTrue();
    JsonNode report = consistency("");
    assertThat(report.path("consistent").asBoolean()).isTrue();
    assertThat(report.path("failedRegionItems").asLong()).isEqualTo(30);
    assertThat(report.path("targetRegionItems").asLong()).isEqualTo(30);
    assertThat(report.path("differingBuckets").asInt()).isZero();
  }

  @Test
  void missingAndDifferingItemsAreReportedAsDivergence() {
    lab.replicator(MUMBAI, aws.tables().application()).pause();
    lab.replicator(SINGAPORE, aws.tables().application()).pause();
    item(MUMBAI, "only-in-mumbai", "a", Instant.now());
    item(SINGAPORE, "changed", "singapore", Instant.now());
    item(MUMBAI, "changed", "mumbai", Instant.now().minusSeconds(5));
    item(SINGAPORE, "stale", "x", Instant.now());
    item(MUMBAI, "stale", "x", Instant.now().minusSeconds(1));
    JsonNode report = consistency("");
    assertThat(report.path("consistent").asBoolean()).isFalse();
    assertThat(report.path("missingInTargetRegion").asInt()).as(report.toString()).isEqualTo(1);
    assertThat(report.path("differing").asInt()).isEqualTo(2);
    assertThat(report.path("divergent").asInt()).isEqualTo(3);
    assertThat(report.path("sampleKeys")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("only-in-mumbai", "changed", "stale");
  }

  @Test
  void replicationInFlightIsToldApartFromDivergence() {
    lab.replicator(MUMBAI, aws.tables().application()).extraLag(Duration.ofSeconds(1));
    item(MUMBAI, "late", "arrives within the recheck delay", Instant.now());
    JsonNode report = consistency("");
    assertThat(report.path("consistent").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.path("inFlight").asInt()).isEqualTo(1);
    assertThat(report.path("divergent").asInt()).isZero();
  }

  @Test
  void repairMakesTheRegionsEqualByLastWriterWins() {
    lab.replicator(MUMBAI, aws.tables().application()).pause();
    lab.replicator(SINGAPORE, aws.tables().application()).pause();
    item(MUMBAI, "newer-in-mumbai", "new", Instant.now());
    item(SINGAPORE, "newer-in-mumbai", "old", Instant.now().minusSeconds(60));
    item(SINGAPORE, "only-in-singapore", "s", Instant.now());
    JsonNode report = consistency(",\"repair\":true");
    assertThat(report.path("repaired").asInt()).as(report.toString()).isEqualTo(2);
    assertThat(report.path("consistent").asBoolean()).isTrue();
    assertThat(sameInBoth("newer-in-mumbai")).isTrue();
    assertThat(sameInBoth("only-in-singapore")).isTrue();
  }

  @Test
  void failbackReturnsTrafficOnceTheGatesPass() {
    lab.control(SINGAPORE).setFence(MUMBAI, true, "earlier failover", Instant.now());
    assertThat(eventually(() -> lab.control(MUMBAI).fence(MUMBAI).fenced())).isTrue();
    item(SINGAPORE, "written-during-outage", "kept", Instant.now());
    assertThat(eventually(() -> sameInBoth("written-during-outage"))).isTrue();

    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    String execution = workflows.start("failback", REGIONS, Optional.of("failback-1"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(steps(workflows.history(execution))).containsSubsequence("AcquireLock", "AssessRecoveredRegion",
        "ReplicationCaughtUp", "ValidateConsistency", "GateOnConsistency", "UnfenceRegion", "ShiftTrafficBack",
        "VerifyTrafficBack", "NotifySucceeded", "ReleaseLock", "Done");
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isFalse();
    assertThat(eventually(() -> !lab.control(MUMBAI).fence(MUMBAI).fenced())).isTrue();
  }

  @Test
  void failbackIsRefusedWhileTheRegionsDiverge() {
    lab.control(SINGAPORE).setFence(MUMBAI, true, "earlier failover", Instant.now());
    assertThat(eventually(() -> lab.control(MUMBAI).fence(MUMBAI).fenced())).isTrue();
    lab.replicator(SINGAPORE, aws.tables().application()).pause();
    item(SINGAPORE, "stuck-in-singapore", "never replicated", Instant.now());

    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    String execution = workflows.start("failback", Json.parse(
        "{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE + "\"}"), Optional.of("refused"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("DR.Divergent");
    assertThat(steps(workflows.history(execution))).containsSubsequence("ValidateConsistency", "GateOnConsistency",
        "Divergent", "NotifyFailure", "ReleaseLock", "Failed").doesNotContain("UnfenceRegion");
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).as("Mumbai stays fenced").isTrue();
  }
}
