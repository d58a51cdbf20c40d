package io.drkit.workflows.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.localaws.LocalAws;
import io.drkit.workflows.internal.Json;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The AWS engine's calls through the real SDK, against moto (which stores executions but does not run them). */
class AwsWorkflowEngineTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions("ap-southeast-1");

  private static final String ROLE = "arn:aws:iam::123456789012:role/dr-workflows";
  private static final String DEFINITION =
      "{\"StartAt\":\"Wait\",\"States\":{\"Wait\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}}";

  @Test
  void createsStartsDescribesAndStopsExecutions() {
    try (SfnClient sfn = aws.region("ap-southeast-1").clientSettings().build(SfnClient.builder())) {
      AwsWorkflowEngine engine = new AwsWorkflowEngine(sfn);
      String machine = engine.createStateMachine("failover", DEFINITION, ROLE);
      assertThat(machine).startsWith("arn:aws:states:ap-southeast-1:").endsWith(":stateMachine:failover");
      assertThat(engine.createStateMachine("failover", DEFINITION, ROLE)).as("an update keeps the ARN")
          .isEqualTo(machine);

      String execution = engine.startExecution("failover", Json.parse("{\"failedRegion\":\"ap-south-1\"}"),
          Optional.of("drill-1"));
      ExecutionDescription running = engine.describeExecution(execution);
      assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
      assertThat(running.name()).isEqualTo("drill-1");
      assertThat(running.input().get("failedRegion").asText()).isEqualTo("ap-south-1");
      assertThat(engine.awaitExecution(execution, Duration.ofMillis(600)).isDone()).isFalse();

      engine.stopExecution(execution, "Drill.Stopped", "stopped by the test");
      assertThat(engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.ABORTED);
      assertThat(engine.getExecutionHistory(execution)).isNotNull();
    }
  }
}
