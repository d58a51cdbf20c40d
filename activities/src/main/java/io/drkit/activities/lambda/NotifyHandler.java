package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#NOTIFY} step. */
public final class NotifyHandler extends ActivityHandler {

  public NotifyHandler() {
    super(ActivityCatalog.NOTIFY);
  }

  public NotifyHandler(Activity activity) {
    super(activity);
  }
}
