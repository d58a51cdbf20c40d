package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#HEALTH_CHECK} step. */
public final class HealthCheckHandler extends ActivityHandler {

  public HealthCheckHandler() {
    super(ActivityCatalog.HEALTH_CHECK);
  }

  public HealthCheckHandler(Step<?, ?> step) {
    super(step);
  }
}
