package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#COMPARE_BUCKETS} step. */
public final class CompareBucketsHandler extends ActivityHandler {

  public CompareBucketsHandler() {
    super(ActivityCatalog.COMPARE_BUCKETS);
  }

  public CompareBucketsHandler(Activity activity) {
    super(activity);
  }
}
