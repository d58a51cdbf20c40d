package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#SHIFT_TRAFFIC} step. */
public final class ShiftTrafficHandler extends ActivityHandler {

  public ShiftTrafficHandler() {
    super(ActivityCatalog.SHIFT_TRAFFIC);
  }

  public ShiftTrafficHandler(Activity activity) {
    super(activity);
  }
}
