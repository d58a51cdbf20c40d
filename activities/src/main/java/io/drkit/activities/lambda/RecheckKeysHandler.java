package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#RECHECK_KEYS} step. */
public final class RecheckKeysHandler extends ActivityHandler {

  public RecheckKeysHandler() {
    super(ActivityCatalog.RECHECK_KEYS);
  }

  public RecheckKeysHandler(Activity activity) {
    super(activity);
  }
}
