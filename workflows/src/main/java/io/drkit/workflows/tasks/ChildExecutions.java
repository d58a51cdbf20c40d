package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.engine.Execution;
import io.drkit.workflows.engine.ExecutionInfo;
import io.drkit.workflows.engine.StateMachine;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Nested executions, {@code arn:aws:states:::states:startExecution.sync:2} (the child's output as JSON) and
 * {@code .sync} (as a string): the child runs to its end on the local engine and its result is the task's, in the
 * shape of DescribeExecution. A failed child fails the task with States.TaskFailed, as on AWS.
 */
public final class ChildExecutions implements TaskDispatcher {

  private static final String START_EXECUTION = "arn:aws:states:::states:startExecution";

  private final Function<String, Optional<StateMachine>> machines;
  private final Supplier<TaskDispatcher> childTasks;
  private final EngineClock clock;

  /**
   * @param machines state machines by ARN
   * @param childTasks what answers the child's Task states (usually the same dispatcher chain as the parent's)
   */
  public ChildExecutions(Function<String, Optional<StateMachine>> machines, Supplier<TaskDispatcher> childTasks,
      EngineClock clock) {
    this.machines = machines;
    this.childTasks = childTasks;
    this.clock = clock;
  }

  @Override
  public Optional<JsonNode> dispatch(TaskRequest request) {
    if (!request.resource().startsWith(START_EXECUTION)) {
      return Optional.empty();
    }
    String arn = request.input().path("StateMachineArn").asText();
    StateMachine machine = machines.apply(arn).orElseThrow(() -> new StatesError(
        "StepFunctions.StateMachineDoesNotExistException", "State Machine Does Not Exist: '" + arn + "'"));
    JsonNode input = request.input().get("Input");
    JsonNode childInput = input == null ? Json.object() : input.isTextual() ? Json.parse(input.textValue()) : input;
    String name = request.input().path("Name").asText(UUID.randomUUID().toString());
    String machineName = arn.substring(arn.lastIndexOf(':') + 1);
    ExecutionInfo info = new ExecutionInfo(arn.replace(":stateMachine:", ":execution:") + ":" + name, name, arn,
        machineName, "arn:aws:iam::000000000000:role/local", childInput, clock.now());
    ExecutionDescription result = new Execution(info, machine, childTasks.get(), clock).run();
    ObjectNode described = Json.object();
    described.put("ExecutionArn", result.executionArn());
    described.put("StateMachineArn", arn);
    described.put("Name", name);
    described.put("Status", result.status().name());
    described.put("StartDate", result.startDate().toString());
    result.stopDate().ifPresent(d -> described.put("StopDate", d.toString()));
    described.put("Input", Json.write(childInput));
    if (result.status() != ExecutionStatus.SUCCEEDED) {
      result.error().ifPresent(e -> described.put("Error", e));
      result.cause().ifPresent(c -> described.put("Cause", c));
      throw new StatesError("States.TaskFailed", Json.write(described));
    }
    JsonNode output = result.output().orElse(Json.NODES.nullNode());
    if (request.resource().endsWith(".sync:2")) {
      described.set("Output", output);
    } else {
      described.put("Output", Json.write(output));
    }
    return Optional.of(described);
  }
}
