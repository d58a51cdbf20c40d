package io.drkit.harness.bench;

import io.drkit.core.tables.TableNames;
import io.drkit.harness.lab.RegionPair;
import io.drkit.harness.workflow.LocalDrWorkflows;
import io.drkit.harness.workflow.StepDurations;
import io.drkit.localaws.MotoServer;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.internal.Json;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Measured runs of the workflows on two local regions (moto), printed as tables.
 *
 * <pre>
 * scripts/bench-jmh.sh test-harness --main io.drkit.harness.bench.WorkflowBenchmarks failover 10
 * scripts/bench-jmh.sh test-harness --main io.drkit.harness.bench.WorkflowBenchmarks consistency 100000
 * </pre>
 */
public final class WorkflowBenchmarks {

  private static final String A = "ap-south-1";
  private static final String B = "ap-southeast-1";

  private WorkflowBenchmarks() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "failover";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : which.equals("failover") ? 10 : 100_000;
    try (MotoServer a = MotoServer.start(A); MotoServer b = MotoServer.start(B)) {
      Map<String, URI> endpoints = new LinkedHashMap<>();
      endpoints.put(A, a.endpoint());
      endpoints.put(B, b.endpoint());
      try (RegionPair pair = RegionPair.start(endpoints, TableNames.DEFAULT);
          LocalDrWorkflows workflows = LocalDrWorkflows.start(pair.activitySettings(B, Optional.empty(), Optional.empty()),
              EngineClock.system(), new PrintStream(OutputStream.nullOutputStream()), TaskDispatcher.none())) {
        if (which.equals("failover")) {
          failover(pair, workflows, n);
        } else {
          consistency(pair, workflows, n);
        }
      }
    }
  }

  private static void failover(RegionPair pair, LocalDrWorkflows workflows, int runs) throws InterruptedException {
    Map<String, List<Long>> byStep = new LinkedHashMap<>();
    List<Long> totals = new ArrayList<>();
    var control = new io.drkit.core.control.ControlTable(pair.dynamoDb(B), pair.tables().control());
    for (int run = 0; run < runs; run++) {
      control.setFence(A, false, "benchmark reset", Instant.now());
      Thread.sleep(300); // let the unfence replicate before the next failover
      String execution = workflows.start("failover",
          Json.parse("{\"failedRegion\":\"" + A + "\",\"targetRegion\":\"" + B + "\",\"force\":true}"), Optional.empty());
      ExecutionDescription result = workflows.await(execution, Duration.ofMinutes(2));
      if (result.status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException("failover run " + run + " did not succeed: " + result.summary());
      }
      totals.add(Duration.between(result.startDate(), result.stopDate().orElseThrow()).toMillis());
      StepDurations.of(workflows.history(execution)).forEach(step ->
          byStep.computeIfAbsent(step.name(), k -> new ArrayList<>()).add(step.duration().toMillis()));
      System.err.printf("\r  run %d/%d: %d ms   ", run + 1, runs, totals.get(totals.size() - 1));
    }
    System.err.println();
    System.out.printf("failover on the local engine against moto, %d runs (median ms per step)%n", runs);
    System.out.printf("%-22s %8s %8s %8s%n", "step", "median", "min", "max");
    byStep.forEach((step, values) -> System.out.printf("%-22s %8d %8d %8d%n", step, median(values),
        values.stream().min(Long::compare).orElse(0L), values.stream().max(Long::compare).orElse(0L)));
    System.out.printf("%-22s %8d %8d %8d%n", "whole execution", median(totals),
        totals.stream().min(Long::compare).orElse(0L), totals.stream().max(Long::compare).orElse(0L));
  }

  private static void consistency(RegionPair pair, LocalDrWorkflows workflows, int items) throws Exception {
    pair.replicator(A, pair.tables().application()).pause();
    pair.replicator(B, pair.tables().application()).pause();
    long loadStart = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> loads = new ArrayList<>();
    for (String region : List.of(A, B)) {
      loads.add(pool.submit(() -> load(pair.dynamoDb(region), pair.tables().application(), items)));
    }
    for (Future<?> f : loads) {
      f.get();
    }
    pool.shutdown();
    System.err.printf("loaded %,d items into each region in %.0f s%n", items, (System.nanoTime() - loadStart) / 1e9);

    long scanStart = System.nanoTime();
    long scanned = 0;
    for (String region : List.of(A, B)) {
      try (DynamoDbClient bulk = io.drkit.core.aws.AwsClientSettings.forLocalEndpoint(region, pair.endpoint(region))
          .withTimeouts(Duration.ofMinutes(2), Duration.ofMinutes(1)).dynamoDb()) {
        for (var page : bulk.scanPaginator(b -> b.tableName(pair.tables().application()).consistentRead(true))) {
          scanned += page.count();
        }
      }
    }
    double scanSeconds = (System.nanoTime() - scanStart) / 1e9;

    long validateStart = System.nanoTime();
    ExecutionDescription result = workflows.run("consistency", Json.parse("{\"failedRegion\":\"" + A
        + "\",\"targetRegion\":\"" + B + "\",\"segments\":4,\"buckets\":256,\"notify\":false}"), Duration.ofHours(1));
    double validateSeconds = (System.nanoTime() - validateStart) / 1e9;
    if (result.status() != ExecutionStatus.SUCCEEDED
        || !result.output().orElseThrow().path("report").path("consistent").asBoolean()) {
      throw new IllegalStateException("validation did not report consistency: " + result.summary());
    }
    System.out.printf("consistency validation over %,d items per region (%,d in all)%n", items, 2L * items);
    System.out.printf("  raw scan of both tables:  %,10.0f items/s (%.1f s)%n", scanned / scanSeconds, scanSeconds);
    System.out.printf("  validation workflow:      %,10.0f items/s (%.1f s, 4 segments per region, 256 buckets)%n",
        2.0 * items / validateSeconds, validateSeconds);
  }

  private static void load(DynamoDbClient dynamoDb, String table, int items) {
    List<WriteRequest> batch = new ArrayList<>(25);
    String at = Instant.parse("2026-11-26T00:00:00Z").toString();
    for (int i = 0; i < items; i++) {
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
          "id", AttributeValue.fromS("item-" + i),
          "data", AttributeValue.fromM(Map.of("n", AttributeValue.fromN(Integer.toString(i)),
              "payload", AttributeValue.fromS("x".repeat(100)))),
          "version", AttributeValue.fromN("1"),
          "createdAt", AttributeValue.fromS(at),
          "updatedAt", AttributeValue.fromS(at),
          "updatedRegion", AttributeValue.fromS(A))).build()).build());
      if (batch.size() == 25 || i == items - 1) {
        List<WriteRequest> send = List.copyOf(batch);
        var left = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(table, send))).unprocessedItems();
        while (left != null && !left.isEmpty()) {
          var retry = left;
          left = dynamoDb.batchWriteItem(b -> b.requestItems(retry)).unprocessedItems();
        }
        batch.clear();
      }
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
