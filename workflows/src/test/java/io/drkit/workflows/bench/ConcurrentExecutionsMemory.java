package io.drkit.workflows.bench;

import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.api.LocalWorkflowEngine;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.JavaHandlers;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Heap held per running execution: starts 1,000 executions of a failover-shaped machine on the local engine, parks
 * them all in a Task whose handler waits, and measures the retained heap after a full GC, before and after.
 *
 * <p>Run: {@code scripts/bench-jmh.sh workflows --main io.drkit.workflows.bench.ConcurrentExecutionsMemory}
 */
public final class ConcurrentExecutionsMemory {

  private static final int EXECUTIONS = 1_000;

  private ConcurrentExecutionsMemory() {}

  public static void main(String[] args) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch parked = new CountDownLatch(EXECUTIONS);
    JavaHandlers handlers = new JavaHandlers().register("wait", input -> {
      parked.countDown();
      release.await();
      return input;
    });
    String definition = """
        {"StartAt":"Assess","States":{
          "Assess":{"Type":"Pass","Parameters":{"failedRegion.$":"$.failedRegion","targetRegion.$":"$.targetRegion",
            "startedAt.$":"$$.Execution.StartTime"},"ResultPath":"$.assessment","Next":"Fence"},
          "Fence":{"Type":"Task","Resource":"arn:aws:lambda:local:0:function:wait","ResultPath":"$.fence",
            "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"Next":"Done"},
          "Done":{"Type":"Succeed"}}}""";
    try (LocalWorkflowEngine engine = new LocalWorkflowEngine("local", handlers, EngineClock.system())) {
      String machine = engine.createStateMachine("failover", definition, "arn:aws:iam::0:role/bench");
      long before = retainedHeap();
      List<String> executions = new ArrayList<>();
      for (int i = 0; i < EXECUTIONS; i++) {
        executions.add(engine.startExecution(machine,
            Json.parse("{\"failedRegion\":\"ap-south-1\",\"targetRegion\":\"ap-southeast-1\",\"n\":" + i + "}"),
            Optional.of("exec-" + i)));
      }
      parked.await();
      long during = retainedHeap();
      release.countDown();
      for (String execution : executions) {
        if (engine.awaitExecution(execution, Duration.ofSeconds(30)).status() != ExecutionStatus.SUCCEEDED) {
          throw new IllegalStateException(execution + " did not succeed");
        }
      }
      System.out.printf("%d concurrent executions retain %.1f MiB of heap: %.1f KiB per execution "
              + "(each parked in a Task on its own thread; thread stacks are outside the heap)%n",
          EXECUTIONS, (during - before) / 1048576.0, (during - before) / 1024.0 / EXECUTIONS);
    }
  }

  private static long retainedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
