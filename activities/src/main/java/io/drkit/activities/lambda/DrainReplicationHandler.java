package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#DRAIN_REPLICATION} step. */
public final class DrainReplicationHandler extends ActivityHandler {

  public DrainReplicationHandler() {
    super(ActivityCatalog.DRAIN_REPLICATION);
  }

  public DrainReplicationHandler(Step<?, ?> step) {
    super(step);
  }
}
