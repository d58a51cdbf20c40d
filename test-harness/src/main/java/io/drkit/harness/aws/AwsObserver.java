package io.drkit.harness.aws;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import io.drkit.activities.assess.Route53Checkers;
import io.drkit.core.control.ControlKeys;
import io.drkit.core.control.ControlTable;
import io.drkit.harness.events.LabEvents;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Watches a deployment during a drill and writes what it sees as the lab's events, so that the same checker reads
 * them: the region DNS answers for the service name ({@code dns}), each region's health check as Route 53's checkers
 * report it, healthy when more than 18 % of their latest reports are ({@code health}; without the failure threshold),
 * the workflows' executions ({@code execution}, at their own start and stop times) and the fences in every replica of
 * the control table ({@code fence}, {@code unfence}). Polled every {@code every}; a poll that fails is skipped, the
 * next one tells. Alarm states are not read: the local AWS answers this SDK's CloudWatch calls with a 404, so that
 * reading could not be tested; detection is measured from Route 53's checker reports instead.
 */
public final class AwsObserver implements AutoCloseable {

  private final StackOutputs stack;
  private final AwsClients clients;
  private final LabEvents events;
  private final Supplier<Optional<String>> dnsAnswer;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "aws-observer");
    thread.setDaemon(true);
    return thread;
  });
  private Optional<String> answering = Optional.empty();
  private final Map<String, Boolean> healthy = new HashMap<>();
  private final Map<String, ExecutionStatus> executions = new HashMap<>();
  private final Set<String> fenced = new HashSet<>();
  /** The parts whose first poll succeeded: until then what they see is the baseline, not an event. */
  private final Set<String> baselined = new HashSet<>();

  /** @param dnsAnswer the region the service name answers now (what a client resolving it gets) */
  public AwsObserver(StackOutputs stack, AwsClients clients, LabEvents events, Supplier<Optional<String>> dnsAnswer,
      Duration every) {
    this.stack = stack;
    this.clients = clients;
    this.events = events;
    this.dnsAnswer = dnsAnswer;
    look(); // the baseline: changes are told against it
    scheduler.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized void look() {
    quietly("dns", this::dns);
    quietly("health", this::health);
    quietly("executions", this::executions);
    quietly("fences", this::fences);
  }

  public synchronized Optional<String> answering() {
    return answering;
  }

  /** Whether any execution of the drill's workflows is still running. */
  public synchronized boolean executionsRunning() {
    return executions.values().stream().anyMatch(s -> s == ExecutionStatus.RUNNING);
  }

  private void dns() {
    Optional<String> now = dnsAnswer.get();
    if (now.isPresent() && !now.equals(answering)) {
      if (baselined.contains("dns")) {
        events.record("dns", LabEvents.detail().put("name", stack.serviceEndpoint().map(u -> u.getHost()).orElse(""))
            .put("from", answering.orElse(null)).put("to", now.get()));
      }
      answering = now;
    }
  }

  private void health() {
    stack.healthCheckIds().forEach((region, id) -> {
      var observations = clients.route53().getHealthCheckStatus(b -> b.healthCheckId(id)).healthCheckObservations();
      boolean now = Route53Checkers.healthy(observations);
      Boolean before = healthy.put(region, now);
      if (before != null && before != now) {
        events.record("health", LabEvents.detail().put("region", region).put("health_check", id).put("healthy", now));
      }
    });
  }

  private void executions() {
    stack.stateMachineArns().forEach((region, machines) -> machines.forEach((workflow, arn) -> {
      List<ExecutionListItem> listed = clients.sfn(region).listExecutions(b -> b.stateMachineArn(arn).maxResults(20))
          .executions();
      for (ExecutionListItem execution : listed) {
        ExecutionStatus before = executions.put(execution.executionArn(), execution.status());
        if (!baselined.contains("executions")) {
          continue; // what ran before the drill is not the drill's
        }
        if (before == null) {
          events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
              .put("status", "started").put("execution", execution.executionArn()),
              execution.startDate().toEpochMilli());
        }
        if (execution.status() != ExecutionStatus.RUNNING && before != execution.status()) {
          events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
              .put("status", execution.statusAsString().toLowerCase(java.util.Locale.ROOT))
              .put("execution", execution.executionArn()),
              execution.stopDate() == null ? System.currentTimeMillis() : execution.stopDate().toEpochMilli());
        }
      }
    }));
  }

  private void fences() {
    Set<String> now = new HashSet<>();
    Map<String, Long> since = new HashMap<>();
    for (String replica : stack.regions()) {
      for (String region : stack.regions()) {
        var item = clients.dynamoDb(replica).getItem(b -> b.tableName(stack.controlTable()).consistentRead(true)
            .key(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.fence(region))))).item();
        var fence = item == null ? null : ControlTable.fenceFrom(region, item);
        if (fence != null && fence.fenced()) {
          now.add(region);
          fence.changedAt().ifPresent(at -> since.merge(region, at.toEpochMilli(), Math::min));
        }
      }
    }
    for (String region : stack.regions()) {
      if (baselined.contains("fences") && now.contains(region) != fenced.contains(region)) {
        boolean is = now.contains(region);
        events.record(is ? "fence" : "unfence", LabEvents.detail().put("region", region),
            is ? since.getOrDefault(region, System.currentTimeMillis()) : System.currentTimeMillis());
      }
    }
    fenced.clear();
    fenced.addAll(now);
  }

  private void quietly(String part, Runnable look) {
    try {
      look.run();
      baselined.add(part);
    } catch (RuntimeException e) {
      // not answered this time: the next poll tells
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
