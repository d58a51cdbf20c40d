package io.drkit.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.api.LocalWorkflowEngine;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.JavaHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tasks with a timeout run, on the real clock, on threads that belong to the engine and end with it. */
class TaskThreadsTest {

  private static final String ROLE = "arn:aws:iam::000000000000:role/local";

  private static String taskWithTimeout(String function, int seconds) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
        + "\"arn:aws:lambda:ap-south-1:000000000000:function:" + function + "\",\"TimeoutSeconds\":" + seconds
        + ",\"End\":true}}}";
  }

  /** A handler that says which thread it runs on, then works for longer than any test waits. */
  private static JavaHandlers slow(CompletableFuture<Thread> ranOn) {
    return new JavaHandlers().register("slow", input -> {
      ranOn.complete(Thread.currentThread());
      Thread.sleep(60_000);
      return input;
    });
  }

  @Test
  void aTaskThatOverrunsItsTimeoutFailsWithStatesTimeout() {
    try (LocalWorkflowEngine engine = new LocalWorkflowEngine("ap-south-1", slow(new CompletableFuture<>()),
        EngineClock.system())) {
      String execution = engine.startExecutionOfDefinition("slow", taskWithTimeout("slow", 1), Json.object(), ROLE);
      ExecutionDescription done = engine.awaitExecution(execution, Duration.ofSeconds(10));

      assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(done.error()).contains(ErrorNames.TIMEOUT);
      assertThat(done.cause()).contains("The task did not finish within 1 s");
    }
  }

  @Test
  void closingTheEngineEndsItsNamedDaemonTaskThreads() throws Exception {
    CompletableFuture<Thread> ranOn = new CompletableFuture<>();
    LocalWorkflowEngine engine = new LocalWorkflowEngine("ap-south-1", slow(ranOn), EngineClock.system());
    engine.startExecutionOfDefinition("slow", taskWithTimeout("slow", 120), Json.object(), ROLE);
    Thread task = ranOn.get(10, TimeUnit.SECONDS);
    assertThat(task.getName()).startsWith("workflow-task-");
    assertThat(task.isDaemon()).isTrue();

    engine.close();
    task.join(10_000);
    assertThat(task.isAlive()).as("the task thread after the engine closed").isFalse();
  }

  @Test
  void anExecutionOnItsOwnEndsItsTaskThreadsWhenItEnds() throws Exception {
    CompletableFuture<Thread> ranOn = new CompletableFuture<>();
    JavaHandlers quick = new JavaHandlers().register("quick", input -> {
      ranOn.complete(Thread.currentThread());
      return input;
    });
    Instant start = Instant.now();
    ExecutionInfo info = new ExecutionInfo("arn:aws:states:ap-south-1:000000000000:execution:quick:run", "run",
        "arn:aws:states:ap-south-1:000000000000:stateMachine:quick", "quick", ROLE, Json.object(), start);
    ExecutionDescription done = new Execution(info, StateMachine.parse(Json.parse(taskWithTimeout("quick", 5))),
        quick, EngineClock.system()).run();

    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    Thread task = ranOn.get(1, TimeUnit.SECONDS);
    task.join(10_000);
    assertThat(task.isAlive()).as("the task thread after the execution ended").isFalse();
  }
}
