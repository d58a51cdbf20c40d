package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.history.History;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One execution of a state machine, run to its end on the calling thread. */
public final class Execution {

  private final ExecutionInfo info;
  private final StateMachine machine;
  private final EngineClock clock;
  private final History history;
  private final Interpreter interpreter;
  private final TaskThreads taskThreads;
  private final boolean ownsTaskThreads;
  private volatile ExecutionDescription description;

  /** An execution on its own: its tasks run on threads of its own, shut down when it ends. */
  public Execution(ExecutionInfo info, StateMachine machine, TaskDispatcher tasks, EngineClock clock) {
    this(info, machine, tasks, clock, new TaskThreads(), true);
  }

  /** An execution that an engine runs: its tasks run on the engine's threads, which the engine shuts down. */
  public Execution(ExecutionInfo info, StateMachine machine, TaskDispatcher tasks, EngineClock clock,
      TaskThreads taskThreads) {
    this(info, machine, tasks, clock, taskThreads, false);
  }

  private Execution(ExecutionInfo info, StateMachine machine, TaskDispatcher tasks, EngineClock clock,
      TaskThreads taskThreads, boolean ownsTaskThreads) {
    this.info = info;
    this.machine = machine;
    this.clock = clock;
    this.history = new History(clock);
    Optional<Instant> deadline = machine.timeoutSeconds().map(s -> info.startTime().plusSeconds(s));
    this.taskThreads = taskThreads;
    this.ownsTaskThreads = ownsTaskThreads;
    this.interpreter = new Interpreter(clock, tasks, taskThreads, history, info, deadline);
    this.description = describe(ExecutionStatus.RUNNING, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ExecutionDescription run() {
    try {
      return runToTheEnd();
    } finally {
      if (ownsTaskThreads) {
        taskThreads.close();
      }
    }
  }

  private ExecutionDescription runToTheEnd() {
    long started = history.add(0, "ExecutionStarted", "executionStartedEventDetails",
        History.details("input", info.input(), "roleArn", info.roleArn()));
    try {
      JsonNode output = interpreter.run(machine, info.input(), Variables.root(), started).output();
      history.add(history.lastId(), "ExecutionSucceeded", "executionSucceededEventDetails",
          History.details("output", output));
      description = describe(ExecutionStatus.SUCCEEDED, Optional.of(output), Optional.empty(), Optional.empty());
    } catch (StatesError error) {
      ExecutionStatus status = EngineErrors.ABORTED.equals(error.error()) ? ExecutionStatus.ABORTED
          : ErrorNames.TIMEOUT.equals(error.error()) && error.cause() != null
              && error.cause().equals("The execution timed out") ? ExecutionStatus.TIMED_OUT : ExecutionStatus.FAILED;
      String type = switch (status) {
        case ABORTED -> "ExecutionAborted";
        case TIMED_OUT -> "ExecutionTimedOut";
        default -> "ExecutionFailed";
      };
      String detailsKey = switch (status) {
        case ABORTED -> "executionAbortedEventDetails";
        case TIMED_OUT -> "executionTimedOutEventDetails";
        default -> "executionFailedEventDetails";
      };
      history.add(history.lastId(), type, detailsKey, History.details("error", error.error(), "cause", error.cause()));
      description = describe(status, Optional.empty(), Optional.ofNullable(error.error()),
          Optional.ofNullable(error.cause()));
    }
    return description;
  }

  /** Asks the execution to stop at its next transition. */
  public void stop() {
    interpreter.stop();
  }

  public ExecutionDescription description() {
    return description;
  }

  public List<HistoryEvent> history() {
    return history.events();
  }

  private ExecutionDescription describe(ExecutionStatus status, Optional<JsonNode> output, Optional<String> error,
      Optional<String> cause) {
    return new ExecutionDescription(info.executionArn(), info.stateMachineArn(), info.executionName(), status,
        info.input(), output, error, cause, info.startTime(),
        status == ExecutionStatus.RUNNING ? Optional.empty() : Optional.of(clock.now()));
  }
}
