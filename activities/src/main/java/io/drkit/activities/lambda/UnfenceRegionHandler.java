package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#UNFENCE_REGION} step. */
public final class UnfenceRegionHandler extends ActivityHandler {

  public UnfenceRegionHandler() {
    super(ActivityCatalog.UNFENCE_REGION);
  }

  public UnfenceRegionHandler(Step<?, ?> step) {
    super(step);
  }
}
