package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#COMPARE_BUCKETS} step. */
public final class CompareBucketsHandler extends ActivityHandler {

  public CompareBucketsHandler() {
    super(ActivityCatalog.COMPARE_BUCKETS);
  }

  public CompareBucketsHandler(Step<?, ?> step) {
    super(step);
  }
}
