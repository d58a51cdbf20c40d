package io.drkit.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./dr asl run, validate and conformance, as a user calls them. */
class AslCommandTest {

  private static final String MACHINE = """
      {"StartAt": "Check", "States": {
        "Check": {"Type": "Task", "Resource": "arn:aws:lambda:ap-south-1:123456789012:function:check",
                  "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 30, "MaxAttempts": 2}],
                  "ResultPath": "$.check", "Next": "Wait"},
        "Wait": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""";

  private static final String MOCKS = """
      {"StateMachines": {"health": {"TestCases": {"FlakyThenFine": {"Check": "FlakyOnce"}}}},
       "MockedResponses": {"FlakyOnce": {"0": {"Throw": {"Error": "Flaky", "Cause": "first call"}},
                                         "1": {"Return": {"healthy": true}}}}}""";

  @TempDir
  Path dir;

  @Test
  void runPrintsTheResultOfAMockedExecutionWithoutWaitingForReal() throws Exception {
    Path definition = write("health.asl.json", MACHINE);
    Path mocks = write("mocks.json", MOCKS);
    Result result = dr("asl", "run", definition.toString(), "--input", "{\"region\":\"ap-south-1\"}",
        "--mock-config", mocks.toString(), "--test-case", "FlakyThenFine", "--history");

    assertThat(result.exitCode()).isZero();
    JsonNode printed = Json.parse(result.out());
    assertThat(printed.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(printed.get("output")).isEqualTo(Json.parse("{\"region\":\"ap-south-1\",\"check\":{\"healthy\":true}}"));
    assertThat(printed.get("events").get(0).get("type").asText()).isEqualTo("ExecutionStarted");
  }

  @Test
  void runReportsAFailedExecutionWithItsErrorAndCause() throws Exception {
    Path definition = write("fail.asl.json",
        "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"DR.TargetUnhealthy\",\"Cause\":\"no\"}}}");
    Result result = dr("asl", "run", definition.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Json.parse(result.out())).isEqualTo(
        Json.parse("{\"status\":\"FAILED\",\"error\":\"DR.TargetUnhealthy\",\"cause\":\"no\"}"));
  }

  @Test
  void validateListsTheProblemsAndExitsNonZero() throws Exception {
    Path good = write("good.asl.json", MACHINE);
    Path bad = write("bad.asl.json", """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "Nowhere"},
          "B": {"Type": "Task", "End": true, "Catch": [{"ErrorEquals": ["States.ALL", "X"], "Next": "A"}]}}}""");
    Result result = dr("asl", "validate", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("good.asl.json: OK")
        .contains("States.A.Next: names the state 'Nowhere', which does not exist")
        .contains("States.B.Resource: is required")
        .contains("States.B: is not reachable from StartAt")
        .contains("States.B.Catch[0].ErrorEquals: States.ALL must appear alone");
  }

  @Test
  void conformancePrintsTheTableAndEmitsOneLinePerCase() throws Exception {
    Path corpus = write("corpus.jsonl", String.join("\n",
        "{\"id\":\"pass\",\"definition\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,"
            + "\"End\":true}}},\"input\":{},\"expected\":{\"status\":\"SUCCEEDED\",\"output\":1},\"needs\":\"none\","
            + "\"features\":[\"pass\"]}",
        "{\"id\":\"wrong\",\"definition\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,"
            + "\"End\":true}}},\"input\":{},\"expected\":{\"status\":\"SUCCEEDED\",\"output\":2},\"needs\":\"none\","
            + "\"features\":[\"pass\"]}"));
    Path emitted = dir.resolve("out.jsonl");
    Result result = dr("asl", "conformance", corpus.toString(), "--emit", emitted.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("1 passed, 1 failed");
    assertThat(Files.readAllLines(emitted)).hasSize(2)
        .allSatisfy(line -> assertThat(Json.parse(line).has("id")).isTrue());
  }

  private record Result(int exitCode, String out) {}

  private Result dr(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = Dr.commandLine().execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }
}
