package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.history.History;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs states from StartAt to an end: enters each state, lets its step work, applies Retry and Catch, records the
 * history, and follows Next. Map and Parallel call back into it for their branches.
 */
public final class Interpreter {

  private final EngineClock clock;
  private final TaskDispatcher tasks;
  private final TaskThreads taskThreads;
  private final History history;
  private final ExecutionInfo execution;
  private final Map<String, AtomicInteger> invocations = new ConcurrentHashMap<>();
  private final Optional<Instant> deadline;
  private volatile boolean stopRequested;

  public Interpreter(EngineClock clock, TaskDispatcher tasks, TaskThreads taskThreads, History history,
      ExecutionInfo execution, Optional<Instant> deadline) {
    this.clock = clock;
    this.tasks = tasks;
    this.taskThreads = taskThreads;
    this.history = history;
    this.execution = execution;
    this.deadline = deadline;
  }

  EngineClock clock() {
    return clock;
  }

  History history() {
    return history;
  }

  TaskDispatcher tasks() {
    return tasks;
  }

  TaskThreads taskThreads() {
    return taskThreads;
  }

  /** The how-many-th invocation of a Task state this is, counted from 0 over the execution. */
  int nextInvocation(String stateName) {
    return invocations.computeIfAbsent(stateName, n -> new AtomicInteger()).getAndIncrement();
  }

  public void stop() {
    stopRequested = true;
  }

  /** A branch's result: its output and the id of its last history event. */
  public record BranchResult(JsonNode output, long lastEventId) {}

  /**
   * Runs a machine or branch. Failures propagate as {@link StatesError}; {@code previousEventId} chains the first
   * event to what came before.
   */
  public BranchResult run(StateMachine machine, JsonNode input, Variables variables, long previousEventId) {
    String current = machine.startAt();
    JsonNode data = input;
    long last = previousEventId;
    while (true) {
      checkLimits();
      ObjectNode state = machine.state(current);
      String type = state.path("Type").asText();
      long entered = history.add(last, type + "StateEntered", "stateEnteredEventDetails",
          History.details("name", current, "input", data));
      StateCall call = new StateCall(current, state, machine.languageOf(state), data, variables, execution,
          clock.now(), entered, Optional.empty());
      Transition transition;
      try {
        transition = execute(machine, call);
      } catch (StatesError e) {
        throw located(call, e);
      }
      variables.assignAll(transition.outcome().assignments());
      ObjectNode exited = History.details("name", current, "output", transition.outcome().output());
      if (!transition.outcome().assignments().isEmpty()) {
        ObjectNode assigned = Json.object();
        transition.outcome().assignments().forEach((k, v) -> assigned.put(k, Json.write(v)));
        exited.set("assignedVariables", assigned);
        exited.putObject("assignedVariablesDetails").put("truncated", false);
      }
      last = type.equals("Fail") ? history.lastId()
          : history.add(history.lastId(), type + "StateExited", "stateExitedEventDetails", exited);
      data = transition.outcome().output();
      if (transition.next().isEmpty()) {
        return new BranchResult(data, last);
      }
      current = transition.next().get();
    }
  }

  /** Where a state goes: the next state's name, or nowhere at an end. */
  record Transition(InputOutput.Outcome outcome, Optional<String> next) {}

  private Transition execute(StateMachine machine, StateCall call) {
    return switch (call.type()) {
      case "Pass" -> follow(call, InputOutput.process(call, input -> PassStep.result(call, input)));
      case "Task", "Map", "Parallel" -> withErrorHandling(machine, call);
      case "Choice" -> new ChoiceStep(call).decide();
      case "Wait" -> follow(call, new WaitStep(call, clock).run());
      case "Succeed" -> new Transition(InputOutput.passThrough(call, null), Optional.empty());
      case "Fail" -> throw FailStep.error(call);
      default -> throw StatesError.runtime("Unsupported state type '" + call.type() + "' in state " + call.name());
    };
  }

  private Transition withErrorHandling(StateMachine machine, StateCall call) {
    Retrier retrier = new Retrier(call, clock);
    while (true) {
      try {
        InputOutput.Outcome outcome = switch (call.type()) {
          case "Task" -> new TaskStep(this, call).run();
          case "Map" -> new MapStep(this, machine, call).run();
          default -> new ParallelStep(this, machine, call).run();
        };
        return follow(call, outcome);
      } catch (StatesError error) {
        if (retrier.shouldRetry(error)) {
          call.retried();
          continue;
        }
        Optional<JsonNode> catcher = Catchers.find(call, error);
        if (catcher.isEmpty()) {
          throw error;
        }
        StatesError located = located(call, error);
        InputOutput.Outcome caught = InputOutput.caught(call, catcher.get(), located);
        return new Transition(caught, Optional.of(catcher.get().path("Next").asText()));
      }
    }
  }

  private static Transition follow(StateCall call, InputOutput.Outcome outcome) {
    JsonNode next = call.field("Next");
    return new Transition(outcome, next != null && next.isTextual() ? Optional.of(next.textValue()) : Optional.empty());
  }

  /** Engine-raised errors name the state they happened in, as AWS's causes do. */
  static StatesError located(StateCall call, StatesError error) {
    if (!EngineErrors.isEngineRaised(error) || error.cause() == null || error.cause().startsWith("An error occurred")) {
      return error;
    }
    return new StatesError(error.error(), "An error occurred while executing the state '" + call.name()
        + "' (entered at the event id #" + call.enteredEventId() + "). " + error.cause());
  }

  private void checkLimits() {
    if (stopRequested) {
      throw new StatesError(EngineErrors.ABORTED, "The execution was stopped");
    }
    if (deadline.isPresent() && !clock.now().isBefore(deadline.get())) {
      throw new StatesError(ErrorNames.TIMEOUT, "The execution timed out");
    }
  }

  /** Sleeps on the engine clock, honouring a stop. */
  void sleep(Duration duration) {
    try {
      clock.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError(EngineErrors.ABORTED, "interrupted");
    }
    checkLimits();
  }
}
