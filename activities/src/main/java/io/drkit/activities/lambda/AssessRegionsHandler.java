package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#ASSESS_REGIONS} step. */
public final class AssessRegionsHandler extends ActivityHandler {

  public AssessRegionsHandler() {
    super(ActivityCatalog.ASSESS_REGIONS);
  }

  public AssessRegionsHandler(Step<?, ?> step) {
    super(step);
  }
}
