package io.drkit.workflows.bench;

import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.engine.Execution;
import io.drkit.workflows.engine.ExecutionInfo;
import io.drkit.workflows.engine.StateMachine;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * State transitions per second on the virtual clock: each benchmark runs one execution and counts its transitions
 * as operations, so JMH's ops/s is transitions/s.
 *
 * <p>Run: {@code scripts/bench-jmh.sh workflows EngineBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EngineBenchmark {

  static final int CHAIN = 1_000;
  static final int CHOICES = 500;
  static final int ITEMS = 10_000;

  private StateMachine passChain;
  private StateMachine choiceHeavy;
  private StateMachine mapOverItems;
  private com.fasterxml.jackson.databind.JsonNode items;

  @Setup
  public void setUp() {
    StringBuilder chain = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < CHAIN; i++) {
      chain.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
          .append("\"Parameters\":{\"step\":").append(i).append(",\"from.$\":\"$.step\"},")
          .append(i == CHAIN - 1 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
    }
    passChain = StateMachine.parse(Json.parse(chain.append("}}").toString()));
    // a loop that counts to CHOICES: one Choice and one Pass per round
    choiceHeavy = StateMachine.parse(Json.parse("""
        {"StartAt":"Check","States":{
          "Check":{"Type":"Choice","Choices":[
            {"And":[{"Variable":"$.n","NumericLessThan":%d},{"Variable":"$.mode","StringEquals":"graceful"}],
             "Next":"Count"},
            {"Variable":"$.n","NumericGreaterThanEquals":%d,"Next":"Done"}],"Default":"Done"},
          "Count":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)","mode.$":"$.mode"},"Next":"Check"},
          "Done":{"Type":"Succeed"}}}""".formatted(CHOICES, CHOICES)));
    mapOverItems = StateMachine.parse(Json.parse("""
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemSelector":{"id.$":"$$.Map.Item.Value","i.$":"$$.Map.Item.Index"},
          "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"key.$":"$.id"},"End":true}}},
          "End":true}}}"""));
    var array = Json.NODES.arrayNode();
    for (int i = 0; i < ITEMS; i++) {
      array.add("item-" + i);
    }
    items = array;
  }

  @Benchmark
  @OperationsPerInvocation(CHAIN)
  public ExecutionDescription passChain() {
    return run(passChain, Json.parse("{\"step\":0}"));
  }

  @Benchmark
  @OperationsPerInvocation(2 * CHOICES + 2)
  public ExecutionDescription choiceHeavy() {
    return run(choiceHeavy, Json.parse("{\"n\":0,\"mode\":\"graceful\"}"));
  }

  /** One transition for the Map state and one per item's Pass state. */
  @Benchmark
  @OperationsPerInvocation(ITEMS + 1)
  public ExecutionDescription mapOverTenThousandItems() {
    return run(mapOverItems, items);
  }

  static ExecutionDescription run(StateMachine machine, com.fasterxml.jackson.databind.JsonNode input) {
    Instant now = Instant.now();
    ExecutionInfo info = new ExecutionInfo("arn:aws:states:local:0:execution:bench:x", "x",
        "arn:aws:states:local:0:stateMachine:bench", "bench", "arn:aws:iam::0:role/bench", input, now);
    ExecutionDescription result = new Execution(info, machine, TaskDispatcher.none(), EngineClock.virtual(now)).run();
    if (result.status() != io.drkit.workflows.api.ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException("benchmark execution failed: " + result.summary());
    }
    return result;
  }
}
