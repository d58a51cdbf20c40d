package io.drkit.workflows.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.engine.Execution;
import io.drkit.workflows.engine.ExecutionInfo;
import io.drkit.workflows.engine.StateMachine;
import io.drkit.workflows.engine.TaskThreads;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.internal.DaemonThreads;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The local engine behind the {@link WorkflowEngine} API: each execution runs on its own thread. */
public final class LocalWorkflowEngine implements WorkflowEngine, AutoCloseable {

  private static final String ACCOUNT = "000000000000";

  private final String region;
  private final TaskDispatcher tasks;
  private final EngineClock clock;
  private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("workflow-execution"));
  private final TaskThreads taskThreads = new TaskThreads();
  private final Map<String, Registered> machines = new ConcurrentHashMap<>();
  private final Map<String, Running> executions = new ConcurrentHashMap<>();

  private record Registered(String arn, String name, StateMachine machine, String roleArn) {}

  private record Running(Execution execution, CompletableFuture<ExecutionDescription> done) {}

  public LocalWorkflowEngine(String region, TaskDispatcher tasks, EngineClock clock) {
    this.region = region;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public String createStateMachine(String name, String definition, String roleArn) {
    StateMachine machine = StateMachine.parse(Json.parse(definition));
    String arn = "arn:aws:states:" + region + ":" + ACCOUNT + ":stateMachine:" + name;
    machines.put(arn, new Registered(arn, name, machine, roleArn));
    return arn;
  }

  /** A registered state machine by ARN or name: what nested executions start. */
  public Optional<StateMachine> stateMachine(String arnOrName) {
    Registered registered = machines.get(arnOrName);
    if (registered == null) {
      registered = machines.values().stream().filter(m -> m.name().equals(arnOrName)).findFirst().orElse(null);
    }
    return Optional.ofNullable(registered).map(Registered::machine);
  }

  @Override
  public String startExecution(String stateMachine, JsonNode input, Optional<String> executionName) {
    Registered registered = machines.get(stateMachine);
    if (registered == null) {
      registered = machines.values().stream().filter(m -> m.name().equals(stateMachine)).findFirst()
          .orElseThrow(() -> new NoSuchElementException("no state machine " + stateMachine));
    }
    String name = executionName.orElseGet(() -> UUID.randomUUID().toString());
    String arn = "arn:aws:states:" + region + ":" + ACCOUNT + ":execution:" + registered.name() + ":" + name;
    if (executions.containsKey(arn)) {
      throw new IllegalArgumentException("an execution named " + name + " already exists");
    }
    ExecutionInfo info = new ExecutionInfo(arn, name, registered.arn(), registered.name(), registered.roleArn(),
        input, clock.now());
    Execution execution = new Execution(info, registered.machine(), tasks, clock, taskThreads);
    CompletableFuture<ExecutionDescription> done = CompletableFuture.supplyAsync(execution::run, threads);
    executions.put(arn, new Running(execution, done));
    return arn;
  }

  @Override
  public ExecutionDescription describeExecution(String executionArn) {
    return running(executionArn).execution().description();
  }

  @Override
  public ExecutionDescription awaitExecution(String executionArn, Duration timeout) {
    Running running = running(executionArn);
    try {
      return running.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return running.execution().description();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return running.execution().description();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the engine failed running " + executionArn, e.getCause());
    }
  }

  @Override
  public List<HistoryEvent> getExecutionHistory(String executionArn) {
    return running(executionArn).execution().history();
  }

  @Override
  public void stopExecution(String executionArn, String error, String cause) {
    running(executionArn).execution().stop();
  }

  private Running running(String executionArn) {
    Running running = executions.get(executionArn);
    if (running == null) {
      throw new NoSuchElementException("no execution " + executionArn);
    }
    return running;
  }

  @Override
  public void close() {
    executions.values().forEach(r -> r.execution().stop());
    threads.shutdownNow();
    taskThreads.close();
  }
}
