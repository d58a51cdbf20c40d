package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#TAKE_SNAPSHOT} step. */
public final class TakeSnapshotHandler extends ActivityHandler {

  public TakeSnapshotHandler() {
    super(ActivityCatalog.TAKE_SNAPSHOT);
  }

  public TakeSnapshotHandler(Step<?, ?> step) {
    super(step);
  }
}
