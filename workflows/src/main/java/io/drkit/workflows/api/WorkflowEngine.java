package io.drkit.workflows.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.history.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Step Functions as the product uses it: the local engine ({@code LocalWorkflowEngine}) in tests, drills and the
 * lab, AWS ({@code AwsWorkflowEngine}) against a deployment. Same calls, same shapes.
 */
public interface WorkflowEngine {

  /** Creates the state machine, or updates its definition if one of that name exists; returns its ARN. */
  String createStateMachine(String name, String definition, String roleArn);

  /** Starts an execution of a state machine (by ARN or name); returns the execution's ARN. */
  String startExecution(String stateMachine, JsonNode input, Optional<String> executionName);

  /** Starts an execution of a definition, creating a state machine for it first. */
  default String startExecutionOfDefinition(String name, String definition, JsonNode input, String roleArn) {
    return startExecution(createStateMachine(name, definition, roleArn), input, Optional.empty());
  }

  ExecutionDescription describeExecution(String executionArn);

  /** Waits until the execution ends or {@code timeout} passes, then describes it (possibly still RUNNING). */
  ExecutionDescription awaitExecution(String executionArn, Duration timeout);

  List<HistoryEvent> getExecutionHistory(String executionArn);

  void stopExecution(String executionArn, String error, String cause);
}
