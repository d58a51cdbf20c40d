package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#RESTORE_ROUTING} step. */
public final class RestoreRoutingHandler extends ActivityHandler {

  public RestoreRoutingHandler() {
    super(ActivityCatalog.RESTORE_ROUTING);
  }

  public RestoreRoutingHandler(Activity activity) {
    super(activity);
  }
}
