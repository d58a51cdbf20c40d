package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#TAKE_SNAPSHOT} step. */
public final class TakeSnapshotHandler extends ActivityHandler {

  public TakeSnapshotHandler() {
    super(ActivityCatalog.TAKE_SNAPSHOT);
  }

  public TakeSnapshotHandler(Activity activity) {
    super(activity);
  }
}
