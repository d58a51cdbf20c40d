package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#ASSESS_REGIONS} step. */
public final class AssessRegionsHandler extends ActivityHandler {

  public AssessRegionsHandler() {
    super(ActivityCatalog.ASSESS_REGIONS);
  }

  public AssessRegionsHandler(Activity activity) {
    super(activity);
  }
}
