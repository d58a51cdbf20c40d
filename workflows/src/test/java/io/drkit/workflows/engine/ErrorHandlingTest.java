package io.drkit.workflows.engine;

import static io.drkit.workflows.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.MockedResponses;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retry and Catch, timed on the virtual clock. */
class ErrorHandlingTest {

  private static final String RESOURCE = "arn:aws:lambda:ap-south-1:123456789012:function:step";

  private static MockedResponses mocks(String responses) {
    return MockedResponses.of(Map.of("Step", Json.parse(responses)));
  }

  @Test
  void retryBacksOffExponentiallyThenSucceeds() {
    Runs run = Runs.of("""
        {"StartAt":"Step","States":{"Step":{"Type":"Task","Resource":"%s",
          "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2,"BackoffRate":3,"MaxAttempts":3}],"End":true}}}"""
            .formatted(RESOURCE), "{}",
        mocks("{\"0-2\":{\"Throw\":{\"Error\":\"Flaky\",\"Cause\":\"x\"}},\"3\":{\"Return\":{\"ok\":true}}}"));

    Runs.assertJson(run.output(), ("{\"ok\":true}"));
    // waits of 2, 6 and 18 seconds before the three retries
    assertThat(Duration.between(run.at("TaskStateEntered"), run.at("ExecutionSucceeded"))).isEqualTo(Duration.ofSeconds(26));
    assertThat(run.types().stream().filter("LambdaFunctionFailed"::equals).count()).isEqualTo(3);
  }

  @Test
  void maxDelayCapsTheBackoffAndMaxAttemptsZeroNeverRetries() {
    Runs capped = Runs.of("""
        {"StartAt":"Step","States":{"Step":{"Type":"Task","Resource":"%s","Retry":[
          {"ErrorEquals":["Never"],"MaxAttempts":0},
          {"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"BackoffRate":10,"MaxDelaySeconds":15,"MaxAttempts":2}],
          "End":true}}}""".formatted(RESOURCE), "{}",
        mocks("{\"0-1\":{\"Throw\":{\"Error\":\"Other\"}},\"2\":{\"Return\":1}}"));
    assertThat(Duration.between(capped.at("TaskStateEntered"), capped.at("ExecutionSucceeded")))
        .isEqualTo(Duration.ofSeconds(25));

    Runs never = Runs.of("""
        {"StartAt":"Step","States":{"Step":{"Type":"Task","Resource":"%s","Retry":[
          {"ErrorEquals":["Never"],"MaxAttempts":0},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}],"End":true}}}"""
            .formatted(RESOURCE), "{}", mocks("{\"0\":{\"Throw\":{\"Error\":\"Never\",\"Cause\":\"c\"}}}"));
    assertThat(never.error()).as("the first matching retrier decides, even with 0 attempts").isEqualTo("Never");
  }

  @Test
  void catchPlacesTheErrorOutputByResultPathAndMovesOn() {
    Runs run = Runs.of("""
        {"StartAt":"Step","States":{
          "Step":{"Type":"Task","Resource":"%s","Catch":[
            {"ErrorEquals":["States.Timeout"],"Next":"Timeout"},
            {"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.failure","Next":"Recover"}],"End":true},
          "Timeout":{"Type":"Fail","Error":"Wrong"},
          "Recover":{"Type":"Pass","End":true}}}""".formatted(RESOURCE), "{\"in\":1}",
        mocks("{\"0\":{\"Throw\":{\"Error\":\"DR.LockHeld\",\"Cause\":\"held by exec-7\"}}}"));
    Runs.assertJson(run.output(), (
        "{\"in\":1,\"failure\":{\"Error\":\"DR.LockHeld\",\"Cause\":\"held by exec-7\"}}"));
  }

  @Test
  void taskFailedDoesNotCatchTimeoutsButStatesAllDoes() {
    String definition = """
        {"StartAt":"Step","States":{
          "Step":{"Type":"Task","Resource":"%s","Catch":[
            {"ErrorEquals":["States.TaskFailed"],"Next":"Failed"},{"ErrorEquals":["States.ALL"],"Next":"Any"}],
            "End":true},
          "Failed":{"Type":"Pass","Result":"task-failed","End":true},
          "Any":{"Type":"Pass","Result":"all","End":true}}}""".formatted(RESOURCE);
    assertThat(Runs.of(definition, "{}", mocks("{\"0\":{\"Throw\":{\"Error\":\"States.Timeout\"}}}")).output().asText())
        .isEqualTo("all");
  }

  @Test
  void aRuntimeErrorCannotBeCaught() {
    Runs run = Runs.of("""
        {"StartAt":"Step","States":{
          "Step":{"Type":"Task","Resource":"%s","OutputPath":"$.nothing.here",
            "Catch":[{"ErrorEquals":["States.Runtime","States.ALL"],"Next":"Caught"}],"End":true},
          "Caught":{"Type":"Succeed"}}}""".formatted(RESOURCE), "{}", mocks("{\"0\":{\"Return\":{}}}"));
    assertThat(run.error()).isEqualTo("States.Runtime");
    assertThat(run.cause()).startsWith("An error occurred while executing the state 'Step' (entered at the event id #2).");
  }

  @Test
  void executionTimeoutEndsItTimedOut() {
    Runs run = Runs.of("""
        {"TimeoutSeconds":10,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":5,"Next":"W"}}}""", "{}");
    assertThat(run.result().status()).isEqualTo(io.drkit.workflows.api.ExecutionStatus.TIMED_OUT);
    assertThat(run.types()).last().isEqualTo("ExecutionTimedOut");
  }

  @Test
  void waitUntilATimestampAdvancesTheVirtualClockExactly() {
    Runs run = Runs.of("""
        {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.until","End":true}}}""",
        "{\"until\":\"2026-11-26T01:30:00Z\"}");
    assertThat(run.at("WaitStateExited")).isEqualTo(java.time.Instant.parse("2026-11-26T01:30:00Z"));
  }

  @Test
  void waitRejectsNegativeAndFractionalSeconds() {
    String wait = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"SecondsPath\":\"$.s\",\"End\":true}}}";
    assertThat(Runs.of(wait, "{\"s\":-1}").cause()).endsWith("The SecondsPath parameter references a negative value: $.s == -1");
    assertThat(Runs.of(wait, "{\"s\":1.5}").cause()).endsWith("cannot be parsed as a long value: $.s == 1.5");
  }
}
