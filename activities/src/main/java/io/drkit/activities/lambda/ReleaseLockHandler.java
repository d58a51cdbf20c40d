package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#RELEASE_LOCK} step. */
public final class ReleaseLockHandler extends ActivityHandler {

  public ReleaseLockHandler() {
    super(ActivityCatalog.RELEASE_LOCK);
  }

  public ReleaseLockHandler(Activity activity) {
    super(activity);
  }
}
