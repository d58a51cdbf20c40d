package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#RESTORE_TABLE} step. */
public final class RestoreTableHandler extends ActivityHandler {

  public RestoreTableHandler() {
    super(ActivityCatalog.RESTORE_TABLE);
  }

  public RestoreTableHandler(Step<?, ?> step) {
    super(step);
  }
}
