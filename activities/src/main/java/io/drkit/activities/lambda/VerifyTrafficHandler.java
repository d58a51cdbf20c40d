package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#VERIFY_TRAFFIC} step. */
public final class VerifyTrafficHandler extends ActivityHandler {

  public VerifyTrafficHandler() {
    super(ActivityCatalog.VERIFY_TRAFFIC);
  }

  public VerifyTrafficHandler(Step<?, ?> step) {
    super(step);
  }
}
