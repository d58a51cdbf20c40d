package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#ACQUIRE_LOCK} step. */
public final class AcquireLockHandler extends ActivityHandler {

  public AcquireLockHandler() {
    super(ActivityCatalog.ACQUIRE_LOCK);
  }

  public AcquireLockHandler(Step<?, ?> step) {
    super(step);
  }
}
