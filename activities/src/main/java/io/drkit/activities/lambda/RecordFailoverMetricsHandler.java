package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#RECORD_FAILOVER_METRICS} step. */
public final class RecordFailoverMetricsHandler extends ActivityHandler {

  public RecordFailoverMetricsHandler() {
    super(ActivityCatalog.RECORD_FAILOVER_METRICS);
  }

  public RecordFailoverMetricsHandler(Activity activity) {
    super(activity);
  }
}
