package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#DRAIN_REPLICATION} step. */
public final class DrainReplicationHandler extends ActivityHandler {

  public DrainReplicationHandler() {
    super(ActivityCatalog.DRAIN_REPLICATION);
  }

  public DrainReplicationHandler(Activity activity) {
    super(activity);
  }
}
