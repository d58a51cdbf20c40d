package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#RECHECK_KEYS} step. */
public final class RecheckKeysHandler extends ActivityHandler {

  public RecheckKeysHandler() {
    super(ActivityCatalog.RECHECK_KEYS);
  }

  public RecheckKeysHandler(Step<?, ?> step) {
    super(step);
  }
}
