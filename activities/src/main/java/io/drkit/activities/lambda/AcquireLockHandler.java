package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#ACQUIRE_LOCK} step. */
public final class AcquireLockHandler extends ActivityHandler {

  public AcquireLockHandler() {
    super(ActivityCatalog.ACQUIRE_LOCK);
  }

  public AcquireLockHandler(Activity activity) {
    super(activity);
  }
}
