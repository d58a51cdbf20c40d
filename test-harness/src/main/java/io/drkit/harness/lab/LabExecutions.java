package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.workflow.LocalDrWorkflows;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.history.HistoryEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workflow executions of the lab's regions: each started in its region's engine and watched to its end, when
 * its steps and outcome are recorded as events (the engine keeps the history; the drill reads events only).
 */
final class LabExecutions implements AutoCloseable {

  private final LabEvents events;
  private final Map<String, LocalDrWorkflows> workflows = new LinkedHashMap<>();
  private final ExecutorService watchers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "lab-execution-watch");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger running = new AtomicInteger();

  LabExecutions(LabEvents events) {
    this.events = events;
  }

  /** The region's workflows, closed with the lab. */
  void add(String region, LocalDrWorkflows regional) {
    workflows.put(region, regional);
  }

  /** Starts a workflow in a region and records its execution and steps as events. */
  String start(String region, String workflow, JsonNode input) {
    LocalDrWorkflows regional = workflows.get(region);
    String arn = regional.start(workflow, input, Optional.empty());
    events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
        .put("status", "started").put("execution", arn));
    running.incrementAndGet();
    watchers.submit(() -> {
      try {
        watch(regional, workflow, region, arn);
      } finally {
        running.decrementAndGet();
      }
    });
    return arn;
  }

  private void watch(LocalDrWorkflows regional, String workflow, String region, String arn) {
    ExecutionDescription done = regional.await(arn, Duration.ofHours(1));
    for (HistoryEvent step : regional.history(arn)) {
      if (step.type().endsWith("StateEntered")) {
        events.record("step", LabEvents.detail().put("workflow", workflow).put("region", region)
            .put("state", step.details().path("name").asText()), step.timestamp().toEpochMilli());
      }
    }
    events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
        .put("status", done.status().name().toLowerCase(Locale.ROOT)).put("execution", arn)
        .put("error", done.error().orElse(null))
        .put("verdict", done.output().map(o -> o.path("assessment").path("verdict").asText(null)).orElse(null)));
  }

  /** How many executions have not ended yet. */
  int running() {
    return running.get();
  }

  /** Waits (bounded) for the executions still running; returns whether none is left. */
  boolean awaitAll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return running.get() == 0;
  }

  @Override
  public void close() {
    watchers.shutdownNow();
    workflows.values().forEach(LocalDrWorkflows::close);
  }
}
