package io.drkit.workflows.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/** {@link WorkflowEngine} on AWS Step Functions, through the SDK. */
public final class AwsWorkflowEngine implements WorkflowEngine {

  private static final Duration POLL = Duration.ofMillis(500);

  private final SfnClient sfn;

  public AwsWorkflowEngine(SfnClient sfn) {
    this.sfn = sfn;
  }

  @Override
  public String createStateMachine(String name, String definition, String roleArn) {
    try {
      return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(roleArn)).stateMachineArn();
    } catch (StateMachineAlreadyExistsException e) {
      String arn = arnOf(name);
      sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(definition).roleArn(roleArn));
      return arn;
    }
  }

  @Override
  public String startExecution(String stateMachine, JsonNode input, Optional<String> executionName) {
    String arn = stateMachine.startsWith("arn:") ? stateMachine : arnOf(stateMachine);
    return sfn.startExecution(b -> {
      b.stateMachineArn(arn).input(Json.write(input));
      executionName.ifPresent(b::name);
    }).executionArn();
  }

  @Override
  public ExecutionDescription describeExecution(String executionArn) {
    DescribeExecutionResponse d = sfn.describeExecution(b -> b.executionArn(executionArn));
    return new ExecutionDescription(
        d.executionArn(),
        d.stateMachineArn(),
        d.name(),
        status(d.statusAsString()),
        d.input() == null ? Json.NODES.nullNode() : Json.parse(d.input()),
        Optional.ofNullable(d.output()).map(Json::parse),
        Optional.ofNullable(d.error()),
        Optional.ofNullable(d.cause()),
        Optional.ofNullable(d.startDate()).orElse(Instant.EPOCH),
        Optional.ofNullable(d.stopDate()));
  }

  @Override
  public ExecutionDescription awaitExecution(String executionArn, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ExecutionDescription description = describeExecution(executionArn);
    while (!description.isDone() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      description = describeExecution(executionArn);
    }
    return description;
  }

  @Override
  public List<HistoryEvent> getExecutionHistory(String executionArn) {
    List<HistoryEvent> events = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      GetExecutionHistoryResponse page = sfn.getExecutionHistory(b -> b.executionArn(executionArn).nextToken(next));
      page.events().forEach(e -> events.add(toEvent(e)));
      token = page.nextToken();
    } while (token != null);
    return events;
  }

  @Override
  public void stopExecution(String executionArn, String error, String cause) {
    sfn.stopExecution(b -> b.executionArn(executionArn).error(error).cause(cause));
  }

  private String arnOf(String name) {
    for (var page : sfn.listStateMachinesPaginator(b -> {})) {
      for (StateMachineListItem item : page.stateMachines()) {
        if (item.name().equals(name)) {
          return item.stateMachineArn();
        }
      }
    }
    throw new IllegalArgumentException("no state machine named " + name);
  }

  private static ExecutionStatus status(String status) {
    try {
      return ExecutionStatus.valueOf(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      return ExecutionStatus.RUNNING; // PENDING_REDRIVE and newer states read as not yet done
    }
  }

  /** The SDK's event with its one details member, named as in the API (for example stateEnteredEventDetails). */
  private static HistoryEvent toEvent(software.amazon.awssdk.services.sfn.model.HistoryEvent event) {
    String detailsKey = null;
    ObjectNode details = Json.object();
    for (SdkField<?> field : event.sdkFields()) {
      Object value = field.getValueOrDefault(event);
      if (value instanceof SdkPojo pojo && field.locationName().endsWith("EventDetails")) {
        detailsKey = field.locationName();
        for (SdkField<?> inner : pojo.sdkFields()) {
          Object innerValue = inner.getValueOrDefault(pojo);
          if (innerValue != null && !(innerValue instanceof SdkPojo)) {
            details.put(inner.locationName(), String.valueOf(innerValue));
          }
        }
      }
    }
    return new HistoryEvent(event.id(), event.previousEventId() == null ? 0 : event.previousEventId(),
        event.timestamp(), event.typeAsString(), detailsKey, details);
  }
}
