package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#VERIFY_ROLLBACK} step. */
public final class VerifyRollbackHandler extends ActivityHandler {

  public VerifyRollbackHandler() {
    super(ActivityCatalog.VERIFY_ROLLBACK);
  }

  public VerifyRollbackHandler(Activity activity) {
    super(activity);
  }
}
