package io.drkit.activities.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaEnvironmentTest {

  private static Map<String, String> env(String step) {
    Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", "ap-southeast-1",
        "REGIONS", "ap-south-1,ap-southeast-1"));
    if (step != null) {
      env.put(LambdaEnvironment.STEP, step);
    }
    return env;
  }

  @Test
  void theFunctionRunsTheStepItsEnvironmentNames() {
    assertThat(LambdaEnvironment.step(env("AcquireLock")).name()).isEqualTo("AcquireLock");
  }

  @Test
  void aFunctionWithoutItsStepSaysWhatIsMissing() {
    assertThatThrownBy(() -> LambdaEnvironment.step(env(null))).hasMessageContaining("STEP is not set");
  }

  @Test
  void anUnknownStepIsNamedWithTheStepsThereAre() {
    assertThatThrownBy(() -> LambdaEnvironment.step(env("AquireLock")))
        .hasMessageContaining("no activity named AquireLock").hasMessageContaining("AcquireLock");
  }
}
