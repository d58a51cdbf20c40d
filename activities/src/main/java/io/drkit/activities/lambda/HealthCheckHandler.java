package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#HEALTH_CHECK} step. */
public final class HealthCheckHandler extends ActivityHandler {

  public HealthCheckHandler() {
    super(ActivityCatalog.HEALTH_CHECK);
  }

  public HealthCheckHandler(Activity activity) {
    super(activity);
  }
}
