package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#FENCE_REGION} step. */
public final class FenceRegionHandler extends ActivityHandler {

  public FenceRegionHandler() {
    super(ActivityCatalog.FENCE_REGION);
  }

  public FenceRegionHandler(Activity activity) {
    super(activity);
  }
}
