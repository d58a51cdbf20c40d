package io.drkit.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import DR.LockHeld;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.lambda.AcquireLockHandler;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Json;
import io.drkit.activities.support.RegionConfig;
import io.drkit.localaws.LocalAws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Activities one by one, against local regions. */
class ActivitiesTest {

  static final String MUMBAI = "ap-south-1";
  static final String SINGAPORE = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private final ByteArrayOutputStream metrics = new ByteArrayOutputStream();
  private Clients clients;
  private Map<String, Activity> catalog;

  @BeforeEach
  void catalog() {
    Map<String, RegionConfig> regions = new LinkedHashMap<>();
    for (String region : new String[] {MUMBAI, SINGAPORE}) {
      regions.put(region, new RegionConfig(region, Optional.of(aws.region(region).endpoint()), Optional.empty(),
          Optional.empty()));
    }
    clients = new Clients(new ActivitySettings(SINGAPORE, aws.tables(), regions, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), "dr-traffic-router", "live"));
    catalog = ActivityCatalog.create(clients, Clock.systemUTC(), new PrintStream(metrics, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void close() {
    clients.close();
  }

  private JsonNode run(String activity, String input) {
    return catalog.get(activity).run(Json.parse(input));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "AcquireLock|{}",
      "AcquireLock|{\"owner\":\"x\",\"ttlSeconds\":1}",
      "AssessRegions|{\"failedRegion\":\"ap-south-1\"}",
      "AssessRegions|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-south-1\"}",
      "AssessRegions|{\"failedRegion\":\"mumbai\",\"targetRegion\":\"ap-southeast-1\"}",
      "AssessRegions|{\"failedRegion\":\"eu-west-1\",\"targetRegion\":\"ap-southeast-1\"}",
      "DrainReplication|{\"fromRegion\":\"ap-south-1\",\"toRegion\":\"ap-southeast-1\",\"token\":\"t\",\"timeoutSeconds\":0}",
      "FenceRegion|{\"region\":7}",
      "ShiftTraffic|{\"targetRegion\":\"ap-south-1\",\"method\":\"teleport\"}",
      "RecordFailoverMetrics|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\",\"startedAt\":\"yesterday\"}",
      "Notify|{\"workflow\":\"failover\",\"outcome\":\"SUCCEEDED\"}",
      "ScanDigests|{\"region\":\"ap-south-1\",\"totalSegments\":2,\"segment\":2}",
      "RecheckKeys|{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\"}",
      "RestoreTable|{\"targetTableName\":\"t\",\"source\":\"tape\"}",
      "ReleaseLock|[]"})
  void badInputIsRefusedAsInvalidInput(String activity, String input) {
    assertThatThrownBy(() -> run(activity, input)).isInstanceOf(InvalidInput.class).hasMessageNotContaining("null");
  }

  @Test
  void theLockIsExclusiveReentrantForItsOwnerAndReleasedOnce() {
    assertThat(run("AcquireLock", "{\"owner\":\"exec-1\"}").path("owner").asText()).isEqualTo("exec-1");
    assertThat(run("AcquireLock", "{\"owner\":\"exec-1\"}").path("owner").asText()).as("a retry").isEqualTo("exec-1");
    assertThatThrownBy(() -> run("AcquireLock", "{\"owner\":\"exec-2\"}"))
        .isInstanceOf(LockHeld.class).hasMessageContaining("exec-1");
    assertThat(run("ReleaseLock", "{\"owner\":\"exec-2\"}").path("released").asBoolean()).isFalse();
    assertThat(run("ReleaseLock", "{\"owner\":\"exec-1\"}").path("released").asBoolean()).isTrue();
    assertThat(run("ReleaseLock", "{\"owner\":\"exec-1\"}").path("released").asBoolean()).isFalse();
    assertThat(run("AcquireLock", "{\"owner\":\"exec-2\"}").path("owner").asText()).isEqualTo("exec-2");
  }

  @Test
  void assessmentReadsTheFailedRegionsHeartbeatFromTheTargetOnly() {
    clients.control(SINGAPORE).writeHeartbeat(MUMBAI, Instant.now().minusSeconds(300));
    JsonNode stale = run("AssessRegions", "{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\"}");
    assertThat(stale.path("targetHealthy").asBoolean()).isTrue();
    assertThat(stale.path("falseAlarm").asBoolean()).isFalse();
    assertThat(stale.path("failedHeartbeatAgeMs").asLong()).isGreaterThanOrEqualTo(300_000);

    clients.control(SINGAPORE).writeHeartbeat(MUMBAI, Instant.now());
    JsonNode fresh = run("AssessRegions", "{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\"}");
    assertThat(fresh.path("falseAlarm").asBoolean()).isTrue();
  }

  @Test
  void fencingWritesThroughThisRegionsReplicaAndIsIdempotent() {
    run("FenceRegion", "{\"region\":\"ap-south-1\"}");
    run("FenceRegion", "{\"region\":\"ap-south-1\"}");
    assertThat(clients.control(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
    assertThat(clients.control(MUMBAI).fence(MUMBAI).fenced()).as("replication carries it there").isFalse();
    run("UnfenceRegion", "{\"region\":\"ap-south-1\"}");
    assertThat(clients.control(SINGAPORE).fence(MUMBAI).fenced()).isFalse();
  }

  @Test
  void failoverMetricsAreEmbeddedMetricFormatLines() {
    JsonNode result = run("RecordFailoverMetrics", "{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\","
        + "\"startedAt\":\"" + Instant.now().minusSeconds(4) + "\",\"failedHeartbeatAgeMs\":1500}");
    assertThat(result.path("rtoMs").asLong()).isBetween(4_000L, 60_000L);
    assertThat(result.path("rpoMs").asLong()).isEqualTo(1500);
    JsonNode line = Json.parse(metrics.toString(StandardCharsets.UTF_8).strip());
    assertThat(line.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText()).isEqualTo("DRKit");
    assertThat(line.path("FailoverRPO").asDouble()).isEqualTo(1500.0);
    assertThat(line.path("FailedRegion").asText()).isEqualTo(MUMBAI);
  }

  @Test
  void theHealthCheckerBeatsAndReportsThePeersLag() {
    clients.control(SINGAPORE).writeHeartbeat(MUMBAI, Instant.now().minusSeconds(3));
    JsonNode result = run("HealthCheck", "{}");
    assertThat(clients.control(SINGAPORE).heartbeat(SINGAPORE)).isPresent();
    assertThat(result.path(MUMBAI).path("heartbeatAgeMs").asLong()).isBetween(3_000L, 60_000L);
    assertThat(result.path(MUMBAI).path("healthy").asBoolean()).as("no health URL answers").isFalse();
    assertThat(metrics.toString(StandardCharsets.UTF_8)).contains("\"PeerHealthy\":0.0");
    assertThat(result.path(MUMBAI).path("fenced").asBoolean()).isFalse();

    clients.control(SINGAPORE).setFence(MUMBAI, true, "failover", Instant.now());
    assertThat(run("HealthCheck", "{}").path(MUMBAI).path("fenced").asBoolean()).as("fenced here").isTrue();
  }

  @Test
  void theLambdaHandlerStreamsJsonThroughItsActivity() throws Exception {
    var handler = new AcquireLockHandler(catalog.get(ActivityCatalog.ACQUIRE_LOCK));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream("{\"owner\":\"exec-9\"}".getBytes(StandardCharsets.UTF_8)), out, null);
    assertThat(Json.parse(out.toString(StandardCharsets.UTF_8)).path("owner").asText()).isEqualTo("exec-9");
  }

  @Test
  void errorClassesAreNamedAsTheStateMachinesMatchThem() {
    assertThat(LockHeld.class.getName()).isEqualTo("DR.LockHeld");
    assertThat(InvalidInput.class.getName()).isEqualTo("DR.InvalidInput");
  }
}
