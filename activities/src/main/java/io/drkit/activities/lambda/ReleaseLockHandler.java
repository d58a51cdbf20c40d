package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#RELEASE_LOCK} step. */
public final class ReleaseLockHandler extends ActivityHandler {

  public ReleaseLockHandler() {
    super(ActivityCatalog.RELEASE_LOCK);
  }

  public ReleaseLockHandler(Step<?, ?> step) {
    super(step);
  }
}
