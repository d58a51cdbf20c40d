package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;
import io.drkit.activities.aws.AwsActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import java.time.Clock;
import java.util.Map;

/**
 * The step of one Lambda execution environment, from its environment variables: {@value #STEP} names it, the others
 * configure the catalog (see {@link ActivitySettings}). Its SDK clients live as long as the environment does.
 */
final class LambdaEnvironment {

  /** The environment variable that names the function's step, e.g. {@code AcquireLock}. */
  static final String STEP = "STEP";

  private LambdaEnvironment() {}

  static Step<?, ?> step() {
    return step(System.getenv());
  }

  static Step<?, ?> step(Map<String, String> env) {
    String name = env.get(STEP);
    if (name == null || name.isBlank()) {
      throw new IllegalStateException(STEP + " is not set: each step's function names its step in it");
    }
    ActivitySettings settings = ActivitySettings.fromEnvironment(env);
    return ActivityCatalog.of(AwsActivityPorts.create(settings, System.out, Clock.systemUTC()).ports()).step(name);
  }
}
