package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#FENCE_REGION} step. */
public final class FenceRegionHandler extends ActivityHandler {

  public FenceRegionHandler() {
    super(ActivityCatalog.FENCE_REGION);
  }

  public FenceRegionHandler(Step<?, ?> step) {
    super(step);
  }
}
