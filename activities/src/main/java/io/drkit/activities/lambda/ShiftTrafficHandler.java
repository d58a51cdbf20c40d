package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#SHIFT_TRAFFIC} step. */
public final class ShiftTrafficHandler extends ActivityHandler {

  public ShiftTrafficHandler() {
    super(ActivityCatalog.SHIFT_TRAFFIC);
  }

  public ShiftTrafficHandler(Step<?, ?> step) {
    super(step);
  }
}
