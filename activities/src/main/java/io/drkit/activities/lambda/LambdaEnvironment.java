package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;
import io.drkit.activities.internal.AwsActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import java.time.Clock;

/**
 * The catalog of one Lambda execution environment, built from its environment variables on first use. Its SDK
 * clients live as long as the environment does.
 */
final class LambdaEnvironment {

  private static final class Holder {
    static final ActivityCatalog CATALOG = ActivityCatalog.of(AwsActivityPorts.create(
        ActivitySettings.fromEnvironment(System.getenv()), System.out, Clock.systemUTC()).ports());
  }

  private LambdaEnvironment() {}

  static Step<?, ?> step(String name) {
    return Holder.CATALOG.step(name);
  }
}
