package io.drkit.workflows.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.JavaHandlers;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalWorkflowEngineTest {

  private static final String ROLE = "arn:aws:iam::000000000000:role/local";

  @Test
  void runsAnExecutionToItsEndWithJavaHandlers() {
    JavaHandlers handlers = new JavaHandlers().register("double", input ->
        Json.NODES.numberNode(input.get("n").asInt() * 2));
    try (LocalWorkflowEngine engine = new LocalWorkflowEngine("ap-south-1", handlers,
        EngineClock.virtual(java.time.Instant.parse("2026-11-26T00:00:00Z")))) {
      String execution = engine.startExecutionOfDefinition("doubler",
          "{\"StartAt\":\"Double\",\"States\":{\"Double\":{\"Type\":\"Task\","
              + "\"Resource\":\"arn:aws:lambda:ap-south-1:000000000000:function:double\",\"ResultPath\":\"$.doubled\","
              + "\"End\":true}}}",
          Json.parse("{\"n\":21}"), ROLE);
      ExecutionDescription done = engine.awaitExecution(execution, Duration.ofSeconds(10));

      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).contains(Json.parse("{\"n\":21,\"doubled\":42}"));
      assertThat(engine.getExecutionHistory(execution)).extracting(HistoryEvent::type).containsExactly(
          "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted",
          "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded");
    }
  }

  @Test
  void stopAbortsARunningExecution() {
    try (LocalWorkflowEngine engine = new LocalWorkflowEngine("ap-south-1", new JavaHandlers(),
        EngineClock.system())) {
      String machine = engine.createStateMachine("waiter",
          "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"W\"}}}", ROLE);
      String execution = engine.startExecution(machine, Json.object(), Optional.of("forever"));
      assertThat(engine.awaitExecution(execution, Duration.ofMillis(200)).status()).isEqualTo(ExecutionStatus.RUNNING);

      engine.stopExecution(execution, "Stopped", "by the test");
      ExecutionDescription stopped = engine.awaitExecution(execution, Duration.ofSeconds(5));
      assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
      assertThat(engine.getExecutionHistory(execution).get(engine.getExecutionHistory(execution).size() - 1).type())
          .isEqualTo("ExecutionAborted");
    }
  }
}
