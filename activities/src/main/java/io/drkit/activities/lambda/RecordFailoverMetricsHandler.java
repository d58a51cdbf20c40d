package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#RECORD_FAILOVER_METRICS} step. */
public final class RecordFailoverMetricsHandler extends ActivityHandler {

  public RecordFailoverMetricsHandler() {
    super(ActivityCatalog.RECORD_FAILOVER_METRICS);
  }

  public RecordFailoverMetricsHandler(Step<?, ?> step) {
    super(step);
  }
}
