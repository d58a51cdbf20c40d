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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The failover state machine on the local engine, its activities against two local regions. */
class FailoverWorkflowTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private static final Duration WAIT = Duration.ofSeconds(60);
  private TwoRegionLab lab;

  @BeforeEach
  void lab() {
    lab = new TwoRegionLab(aws);
  }

  @AfterEach
  void close() {
    lab.close();
  }

  private static JsonNode input(String mode, boolean force) {
    return Json.parse("{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE + "\",\"mode\":\"" + mode
        + "\",\"force\":" + force + "}");
  }

  @Test
  void anUngracefulFailoverFencesTheFailedRegionAndEndsInTheTarget() throws Exception {
    lab.heartbeat(MUMBAI, Duration.ofMinutes(5)); // Mumbai's health-checker went silent
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    String execution = workflows.start("failover", input("ungraceful", false), Optional.of("alarm-1"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(steps(workflows.history(execution))).containsExactly("ValidateInput", "Bookkeeping", "AcquireLock", "AssessRegions",
        "Decide", "FenceRegion", "ShiftTraffic", "VerifyTraffic", "RecordMetrics", "NotifySucceeded", "ReleaseLock",
        "Finish", "Done");
    JsonNode output = result.output().orElseThrow();
    assertThat(output.path("metrics").path("rtoMs").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(output.path("notification").path("messageId").asText()).isNotBlank();
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
    // the fence replicates to Mumbai, which then refuses writes and fails its health check
    assertThat(eventually(() -> lab.control(MUMBAI).fence(MUMBAI).fenced())).isTrue();
    assertThat(status(lab.router(MUMBAI).url() + "/health")).isEqualTo(503);
    assertThat(post(lab.router(MUMBAI).url() + "/")).isEqualTo(503);
    assertThat(post(lab.router(SINGAPORE).url() + "/")).isEqualTo(201);
    assertThat(lab.lockHeld(SINGAPORE, "failover")).as("the lock is released").isFalse();
  }

  @Test
  void aFalseAlarmIsAbortedUnlessForced() {
    lab.heartbeat(MUMBAI, Duration.ofSeconds(1)); // Mumbai is alive
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());

    ExecutionDescription aborted = workflows.run("failover", input("ungraceful", false), WAIT);
    assertThat(aborted.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(aborted.output().orElseThrow().path("notification").path("subject").asText())
        .contains("ABORTED_FALSE_ALARM");
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isFalse();

    ExecutionDescription forced = workflows.run("failover", input("ungraceful", true), WAIT);
    assertThat(forced.status()).as(TwoRegionLab.summary(forced)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
  }

  @Test
  void concurrentTriggersFailOverOnceAndARepeatIsANoOp() {
    lab.heartbeat(MUMBAI, Duration.ofMinutes(5));
    Faults faults = Faults.none();
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, faults);
    String first = workflows.start("failover", input("ungraceful", false), Optional.of("alarm-a"));
    String second = workflows.start("failover", input("ungraceful", false), Optional.of("alarm-b"));
    List<ExecutionDescription> results = List.of(workflows.await(first, WAIT), workflows.await(second, WAIT));

    assertThat(results).allMatch(r -> r.status() == ExecutionStatus.SUCCEEDED);
    assertThat(faults.calls("FenceRegion")).as("one failover did the work").isEqualTo(1);
    assertThat(results).extracting(r -> r.output().orElseThrow().path("notification").path("subject").asText())
        .anyMatch(s -> s.contains("NOTHING_TO_DO"));

    ExecutionDescription repeat = workflows.run("failover", input("ungraceful", false), WAIT);
    assertThat(repeat.output().orElseThrow().path("notification").path("subject").asText())
        .contains("NOTHING_TO_DO_ALREADY_FAILED_OVER");
  }

  @Test
  void anUnhealthyTargetFailsTheFailoverAfterNotifyingAndReleasing() {
    lab.heartbeat(MUMBAI, Duration.ofMinutes(5));
    lab.router(SINGAPORE).close();
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    String execution = workflows.start("failover", input("ungraceful", false), Optional.of("no-target"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("DR.TargetUnhealthy");
    assertThat(steps(workflows.history(execution))).containsSubsequence("AssessRegions", "NotifyFailure",
        "ReleaseLock", "Finish", "Failed");
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isFalse();
    assertThat(lab.lockHeld(SINGAPORE, "failover")).isFalse();
  }

  @Test
  void aStepThatFailsOnceIsRetriedAndTheFailoverSucceeds() {
    lab.heartbeat(MUMBAI, Duration.ofMinutes(5));
    Faults faults = Faults.none().fail("FenceRegion", "Lambda.ServiceException", 1);
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, faults);
    String execution = workflows.start("failover", input("ungraceful", false), Optional.of("retry"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(faults.calls("FenceRegion")).isEqualTo(2);
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
  }

  @Test
  void aStepThatKeepsFailingIsCaughtNotifiedAndReleased() {
    lab.heartbeat(MUMBAI, Duration.ofMinutes(5));
    Faults faults = Faults.none().fail("ShiftTraffic", "Lambda.ServiceException", 100);
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, faults);
    String execution = workflows.start("failover", input("ungraceful", false), Optional.of("broken"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("Lambda.ServiceException");
    assertThat(faults.calls("ShiftTraffic")).as("1 try and 2 retries").isEqualTo(3);
    assertThat(steps(workflows.history(execution))).containsSubsequence("FenceRegion", "ShiftTraffic",
        "NotifyFailure", "ReleaseLock", "Finish", "Failed");
    assertThat(TwoRegionLab.notifications(workflows.history(execution))).last()
        .satisfies(n -> assertThat(n.path("outcome").asText()).isEqualTo("FAILED"));
  }

  @Test
  void aGracefulFailoverDrainsReplicationFirst() {
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    String execution = workflows.start("failover", input("graceful", false), Optional.of("planned"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(steps(workflows.history(execution))).containsSubsequence("Decide", "DrainReplication", "FenceRegion");
    assertThat(result.output().orElseThrow().path("drain").path("drainedMs").asLong()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aDrainThatTimesOutFailsTheGracefulFailoverUnfenced() {
    lab.replicator(MUMBAI, aws.tables().control()).pause();
    LocalDrWorkflows workflows = lab.workflows(SINGAPORE, Faults.none());
    JsonNode input = Json.parse("{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE
        + "\",\"mode\":\"graceful\",\"drainTimeoutSeconds\":2}");
    String execution = workflows.start("failover", input, Optional.of("stalled"));
    ExecutionDescription result = workflows.await(execution, WAIT);

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("DR.ReplicationNotDrained");
    assertThat(steps(workflows.history(execution))).doesNotContain("FenceRegion");
    assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isFalse();
  }

  private static int status(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static int post(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"k\":1}}")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
