package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#REPAIR_KEYS} step. */
public final class RepairKeysHandler extends ActivityHandler {

  public RepairKeysHandler() {
    super(ActivityCatalog.REPAIR_KEYS);
  }

  public RepairKeysHandler(Step<?, ?> step) {
    super(step);
  }
}
