package io.drkit.harness.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.core.control.ControlTable;
import io.drkit.harness.lab.RegionPair;
import io.drkit.harness.lab.StreamReplicator;
import io.drkit.harness.serve.ServedRegion;
import io.drkit.localaws.LocalAws;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two local regions for workflow tests: moto per region, each region's traffic-router behind its listener, both
 * tables replicated both ways by stream replicators, an SNS topic per region, and the workflows of either region.
 */
final class TwoRegionLab implements AutoCloseable {

  static final String MUMBAI = "ap-south-1";
  static final String SINGAPORE = "ap-southeast-1";

  private final LocalAws aws;
  private final RegionPair pair;
  private final List<AutoCloseable> closing = new ArrayList<>();

  TwoRegionLab(LocalAws aws) {
    this.aws = aws;
    Map<String, URI> endpoints = new LinkedHashMap<>();
    endpoints.put(MUMBAI, aws.region(MUMBAI).endpoint());
    endpoints.put(SINGAPORE, aws.region(SINGAPORE).endpoint());
    this.pair = RegionPair.start(endpoints, aws.tables());
  }

  ActivitySettings settings(String region) {
    return settings(region, Optional.empty(), Optional.empty());
  }

  ActivitySettings settings(String region, Optional<String> hostedZoneId, Optional<String> recordName) {
    return pair.activitySettings(region, hostedZoneId, recordName);
  }

  /** With the Route 53 API at a given endpoint (one that knows health check statuses). */
  ActivitySettings settings(String region, String hostedZoneId, String recordName, URI route53) {
    return pair.activitySettings(region, Optional.of(hostedZoneId), Optional.of(recordName), route53);
  }

  LocalDrWorkflows workflows(String region, TaskDispatcher faults) {
    LocalDrWorkflows workflows = LocalDrWorkflows.start(settings(region), EngineClock.system(),
        new PrintStream(OutputStream.nullOutputStream()), faults);
    closing.add(workflows);
    return workflows;
  }

  ControlTable control(String region) {
    return new ControlTable(aws.dynamoDb(region), aws.tables().control());
  }

  /** Whether the control table of a region holds a lock item of that name. */
  boolean lockHeld(String region, String name) {
    return aws.dynamoDb(region).getItem(b -> b.tableName(aws.tables().control()).consistentRead(true)
        .key(Map.of("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("lock#" + name))))
        .hasItem();
  }

  ServedRegion router(String region) {
    return pair.router(region);
  }

  /** The replicator of one table in one direction. */
  StreamReplicator replicator(String from, String table) {
    return pair.replicator(from, table);
  }

  void heartbeat(String region, Duration age) {
    Instant at = Instant.now().minus(age);
    control(MUMBAI).writeHeartbeat(region, at);
    control(SINGAPORE).writeHeartbeat(region, at);
  }

  /** Waits until a condition holds (replication is asynchronous); false when it never did. */

  /** The states an execution entered, in order. */
  static List<String> steps(List<HistoryEvent> history) {
    return history.stream().filter(e -> e.type().endsWith("StateEntered"))
        .map(e -> e.details().path("name").asText()).toList();
  }

  /** How many times a state's task failed. */
  static long failures(List<HistoryEvent> history, String state) {
    List<String> order = new ArrayList<>();
    long failed = 0;
    String current = null;
    for (HistoryEvent e : history) {
      if (e.type().endsWith("StateEntered")) {
        current = e.details().path("name").asText();
        order.add(current);
      }
      if (state.equals(current) && (e.type().equals("LambdaFunctionFailed") || e.type().equals("TaskFailed"))) {
        failed++;
      }
    }
    return failed;
  }

  /** The input the named Notify state sent, parsed from its scheduled event. */
  static List<JsonNode> notifications(List<HistoryEvent> history) {
    List<JsonNode> sent = new ArrayList<>();
    String current = null;
    for (HistoryEvent e : history) {
      if (e.type().endsWith("StateEntered")) {
        current = e.details().path("name").asText();
      }
      if (e.type().equals("LambdaFunctionScheduled") && current != null && current.startsWith("Notify")
          || e.type().equals("LambdaFunctionScheduled") && current != null && current.equals("ReportFailure")) {
        sent.add(io.drkit.workflows.internal.Json.parse(e.details().path("input").asText()));
      }
    }
    return sent;
  }

  static String summary(ExecutionDescription result) {
    return result.summary().toString();
  }

  @Override
  public void close() {
    pair.close();
    for (AutoCloseable c : closing) {
      try {
        c.close();
      } catch (Exception ignored) {
        // best effort at test teardown
      }
    }
  }
}
