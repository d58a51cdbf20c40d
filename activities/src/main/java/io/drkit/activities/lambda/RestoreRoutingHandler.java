package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#RESTORE_ROUTING} step. */
public final class RestoreRoutingHandler extends ActivityHandler {

  public RestoreRoutingHandler() {
    super(ActivityCatalog.RESTORE_ROUTING);
  }

  public RestoreRoutingHandler(Step<?, ?> step) {
    super(step);
  }
}
