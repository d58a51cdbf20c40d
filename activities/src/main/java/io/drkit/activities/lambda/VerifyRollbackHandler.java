package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#VERIFY_ROLLBACK} step. */
public final class VerifyRollbackHandler extends ActivityHandler {

  public VerifyRollbackHandler() {
    super(ActivityCatalog.VERIFY_ROLLBACK);
  }

  public VerifyRollbackHandler(Step<?, ?> step) {
    super(step);
  }
}
