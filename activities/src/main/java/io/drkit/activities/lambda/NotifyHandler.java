package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#NOTIFY} step. */
public final class NotifyHandler extends ActivityHandler {

  public NotifyHandler() {
    super(ActivityCatalog.NOTIFY);
  }

  public NotifyHandler(Step<?, ?> step) {
    super(step);
  }
}
