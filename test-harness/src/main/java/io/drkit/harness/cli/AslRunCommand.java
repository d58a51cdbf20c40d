package io.drkit.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.engine.Execution;
import io.drkit.workflows.engine.ExecutionInfo;
import io.drkit.workflows.engine.StateMachine;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.MockedResponses;
import io.drkit.workflows.tasks.TaskDispatcher;
import io.drkit.workflows.validation.DefinitionValidator;
import io.drkit.workflows.validation.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dr asl run}: one execution, printed as one JSON object. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Run a state machine on the local engine and print {\"status\",\"output\"} or {\"status\",\"error\",\"cause\"}.",
        "Time is virtual unless --real-time: Wait states and Retry intervals pass at once. Task states are answered by a",
        "Step Functions Local MockConfigFile test case. Exit code 0 when the execution succeeds, 1 when it does not,",
        "2 when the definition is invalid."})
final class AslRunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DEF.json", description = "The state machine definition.")
  Path definition;

  @Option(names = "--input", defaultValue = "{}", description = "Execution input: JSON, or @file (default: {}).")
  String input;

  @Option(names = "--mock-config", description = "A Step Functions Local MockConfigFile.")
  Path mockConfig;

  @Option(names = "--test-case", description = "The test case of the mock config to use.")
  String testCase;

  @Option(names = "--state-machine", description = "The state machine's name in the mock config "
      + "(default: the only one there, else the file name without .asl.json/.json).")
  String stateMachineName;

  @Option(names = "--history", description = "Also print the execution history events.")
  boolean history;

  @Option(names = "--real-time", description = "Wait for real in Wait states and Retry intervals.")
  boolean realTime;

  @Override
  public Integer call() throws IOException {
    JsonNode machineJson = Json.read(definition);
    List<Problem> problems = DefinitionValidator.validate(machineJson);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println(definition + ": " + p));
      return 2;
    }
    if ((mockConfig == null) != (testCase == null)) {
      throw new IllegalArgumentException("--mock-config and --test-case go together");
    }
    TaskDispatcher tasks = mockConfig == null ? TaskDispatcher.none()
        : MockedResponses.fromFile(mockConfig, machineName(), testCase);
    Instant start = Instant.now();
    String name = baseName(definition);
    ExecutionInfo info = new ExecutionInfo("arn:aws:states:local:000000000000:execution:" + name + ":run",
        "run", "arn:aws:states:local:000000000000:stateMachine:" + name, name,
        "arn:aws:iam::000000000000:role/local", readInput(), start);
    Execution execution = new Execution(info, StateMachine.parse(machineJson), tasks,
        realTime ? EngineClock.system() : EngineClock.virtual(start));
    ExecutionDescription result = execution.run();
    ObjectNode printed = result.summary();
    if (history) {
      ArrayNode events = printed.putArray("events");
      execution.history().forEach(e -> events.add(e.toJson()));
    }
    System.out.println(Json.write(printed));
    return result.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
  }

  private JsonNode readInput() throws IOException {
    String text = input.startsWith("@") ? Files.readString(Path.of(input.substring(1))) : input;
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--input is not JSON: " + e.getMessage(), e);
    }
  }

  private String machineName() {
    if (stateMachineName != null) {
      return stateMachineName;
    }
    JsonNode machines = Json.read(mockConfig).path("StateMachines");
    if (machines.size() == 1) {
      return machines.fieldNames().next();
    }
    return baseName(definition);
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    for (String suffix : List.of(".asl.json", ".json")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
