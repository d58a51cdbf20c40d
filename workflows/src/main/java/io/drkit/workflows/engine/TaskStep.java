package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.history.History;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.tasks.Resources;
import io.drkit.workflows.tasks.TaskRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Task: hands the effective input to the task dispatcher, within TimeoutSeconds, and records the task's events. */
final class TaskStep {

  private final Interpreter interpreter;
  private final StateCall call;

  TaskStep(Interpreter interpreter, StateCall call) {
    this.interpreter = interpreter;
    this.call = call;
  }

  InputOutput.Outcome run() {
    return InputOutput.process(call, this::invoke);
  }

  private JsonNode invoke(JsonNode input) {
    String resource = call.field("Resource").asText();
    Optional<Duration> timeout = timeout(input);
    boolean lambda = Resources.isLegacyLambda(resource);
    String[] typeAndAction = Resources.typeAndAction(resource);
    History history = interpreter.history();
    if (lambda) {
      history.add(history.lastId(), "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails",
          History.details("resource", resource, "input", input));
      history.add(history.lastId(), "LambdaFunctionStarted", null, null);
    } else {
      history.add(history.lastId(), "TaskScheduled", "taskScheduledEventDetails", History.details(
          "resourceType", typeAndAction[0], "resource", typeAndAction[1], "region", "local", "parameters", input));
      history.add(history.lastId(), "TaskStarted", "taskStartedEventDetails",
          History.details("resourceType", typeAndAction[0], "resource", typeAndAction[1]));
    }
    TaskRequest request = new TaskRequest(call.name(), resource, input, interpreter.nextInvocation(call.name()));
    try {
      JsonNode result = dispatch(request, timeout);
      if (lambda) {
        history.add(history.lastId(), "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails",
            History.details("output", result));
      } else {
        history.add(history.lastId(), "TaskSucceeded", "taskSucceededEventDetails", History.details(
            "resourceType", typeAndAction[0], "resource", typeAndAction[1], "output", result));
      }
      return result;
    } catch (StatesError e) {
      if (lambda) {
        history.add(history.lastId(), "LambdaFunctionFailed", "lambdaFunctionFailedEventDetails",
            History.details("error", e.error(), "cause", e.cause()));
      } else {
        history.add(history.lastId(), "TaskFailed", "taskFailedEventDetails", History.details(
            "resourceType", typeAndAction[0], "resource", typeAndAction[1], "error", e.error(), "cause", e.cause()));
      }
      throw e;
    }
  }

  private JsonNode dispatch(TaskRequest request, Optional<Duration> timeout) {
    if (timeout.isEmpty() || !interpreter.clock().isReal()) {
      return answer(request);
    }
    Future<JsonNode> future = interpreter.taskThreads().submit(() -> answer(request));
    try {
      return future.get(timeout.get().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new StatesError(ErrorNames.TIMEOUT, "The task did not finish within " + timeout.get().toSeconds() + " s");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatesError error) {
        throw error;
      }
      throw new StatesError(e.getCause().getClass().getName(), String.valueOf(e.getCause().getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new StatesError(EngineErrors.ABORTED, "interrupted");
    }
  }

  private JsonNode answer(TaskRequest request) {
    return interpreter.tasks().dispatch(request).orElseThrow(() -> StatesError.runtime(
        "No task handler or mocked response answers resource '" + request.resource() + "' of state '"
            + request.stateName() + "'"));
  }

  private Optional<Duration> timeout(JsonNode effectiveInput) {
    if (call.has("HeartbeatSecondsPath")) {
      InputOutput.select(call, call.field("HeartbeatSecondsPath").asText(), call.input());
    }
    if (call.has("TimeoutSecondsPath")) {
      String path = call.field("TimeoutSecondsPath").asText();
      JsonNode value = InputOutput.select(call, path, call.input());
      if (!value.canConvertToLong() || value.longValue() <= 0) {
        throw StatesError.runtime("The TimeoutSecondsPath parameter references an invalid value: " + path);
      }
      return Optional.of(Duration.ofSeconds(value.longValue()));
    }
    JsonNode seconds = call.field("TimeoutSeconds");
    if (seconds == null) {
      return Optional.empty();
    }
    if (JsonataEvaluator.isExpression(seconds)) {
      JsonNode value = JsonataEvaluator.evaluateField(seconds, "TimeoutSeconds",
          call.bindings(Optional.empty(), Optional.empty()));
      if (!value.isIntegralNumber() || value.longValue() <= 0) {
        throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The TimeoutSeconds field must be a positive integer");
      }
      return Optional.of(Duration.ofSeconds(value.longValue()));
    }
    return Optional.of(Duration.ofSeconds(seconds.asLong()));
  }
}
