package io.drkit.harness.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.harness.lab.LabProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  @Test
  void everyNamedScenarioLoads() {
    for (String name : Scenario.NAMES) {
      Scenario scenario = Scenario.named(name);
      assertThat(scenario.name()).isEqualTo(name);
      assertThat(scenario.timeline()).isNotEmpty();
      assertThat(scenario.duration()).isGreaterThan(scenario.timeline().get(scenario.timeline().size() - 1).at());
    }
  }

  @Test
  void anUnknownDrillIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> Scenario.named("nope")).hasMessageContaining("region-outage");
  }

  @Test
  void theAwsProfileScalesTimesAndTimeBudgetsOnly() {
    Scenario fast = Scenario.named("region-outage");
    double factor = LabProfile.aws().timeScale();
    assertThat(factor).isEqualTo(22.5);
    Scenario aws = fast.scaled(factor);
    assertThat(aws.duration()).isEqualTo(Duration.ofMillis(Math.round(fast.duration().toMillis() * 22.5)));
    assertThat(aws.budgets().get("rto_ms").path("dns").asLong()).isEqualTo(112_500);
    assertThat(aws.budgets().get("failover_executions").asInt()).isEqualTo(1);
    assertThat(aws.budgets().get("converged").asBoolean()).isTrue();
  }
}
