package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#RESTORE_TABLE} step. */
public final class RestoreTableHandler extends ActivityHandler {

  public RestoreTableHandler() {
    super(ActivityCatalog.RESTORE_TABLE);
  }

  public RestoreTableHandler(Activity activity) {
    super(activity);
  }
}
