package io.drkit.harness.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.aws.AwsActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.LocalWorkflowEngine;
import io.drkit.workflows.engine.Definitions;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.tasks.ChildExecutions;
import io.drkit.workflows.tasks.JavaHandlers;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The product's four state machines on the local engine in one region, their Task states answered in-process by the
 * real activities (the same code the Lambda functions run) against the region's AWS endpoints.
 */
public final class LocalDrWorkflows implements AutoCloseable {

  public static final List<String> WORKFLOWS =
      List.of(Definitions.FAILOVER, Definitions.FAILBACK, Definitions.CONSISTENCY, Definitions.ROLLBACK);
  private static final String ACCOUNT = "000000000000";
  private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/dr-workflows";

  private final AwsActivityPorts ports;
  private final LocalWorkflowEngine engine;
  private final Map<String, String> arns = new HashMap<>();

  private LocalDrWorkflows(AwsActivityPorts ports, LocalWorkflowEngine engine) {
    this.ports = ports;
    this.engine = engine;
  }

  /**
   * @param faults a dispatcher consulted before the activities (tests inject failures with it), or none
   */
  public static LocalDrWorkflows start(ActivitySettings settings, EngineClock clock, PrintStream metricsOutput,
      TaskDispatcher faults) {
    AwsActivityPorts ports = AwsActivityPorts.create(settings, metricsOutput, Clock.systemUTC());
    try {
      return wire(settings, clock, faults, ports);
    } catch (RuntimeException e) {
      ports.close();
      throw e;
    }
  }

  private static LocalDrWorkflows wire(ActivitySettings settings, EngineClock clock, TaskDispatcher faults,
      AwsActivityPorts ports) {
    JavaHandlers handlers = new JavaHandlers();
    ActivityCatalog catalog = ActivityCatalog.of(ports.ports());
    catalog.steps().forEach(step -> handlers.register(step.name(), step::run));
    AtomicReference<LocalWorkflowEngine> engine = new AtomicReference<>();
    AtomicReference<TaskDispatcher> chain = new AtomicReference<>();
    ChildExecutions children = new ChildExecutions(arn -> engine.get().stateMachine(arn), chain::get, clock);
    chain.set(faults.orElse(children).orElse(handlers));
    engine.set(new LocalWorkflowEngine(settings.region(), request -> chain.get().dispatch(request), clock));
    LocalDrWorkflows workflows = new LocalDrWorkflows(ports, engine.get());
    Map<String, String> placeholders = placeholders(settings.region(), catalog.names());
    for (String name : WORKFLOWS) {
      workflows.arns.put(name, engine.get().createStateMachine(name, Definitions.filled(name, placeholders), ROLE));
    }
    return workflows;
  }

  /** Each activity's placeholder filled with a Lambda ARN of its name, as Terraform fills them with real ones. */
  static Map<String, String> placeholders(String region, Iterable<String> activities) {
    Map<String, String> values = new HashMap<>();
    activities.forEach(name -> values.put(name, "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + name));
    values.put("ConsistencyStateMachine", "arn:aws:states:" + region + ":" + ACCOUNT + ":stateMachine:"
        + Definitions.CONSISTENCY);
    return values;
  }

  /** Starts a workflow and waits for its end (bounded). */
  public ExecutionDescription run(String workflow, JsonNode input, Duration timeout) {
    return engine.awaitExecution(start(workflow, input, Optional.empty()), timeout);
  }

  public String start(String workflow, JsonNode input, Optional<String> executionName) {
    String arn = arns.get(workflow);
    if (arn == null) {
      throw new IllegalArgumentException("no workflow " + workflow + "; one of " + WORKFLOWS);
    }
    return engine.startExecution(arn, input, executionName);
  }

  public ExecutionDescription await(String executionArn, Duration timeout) {
    return engine.awaitExecution(executionArn, timeout);
  }

  public List<HistoryEvent> history(String executionArn) {
    return engine.getExecutionHistory(executionArn);
  }

  public LocalWorkflowEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
    ports.close();
  }
}
