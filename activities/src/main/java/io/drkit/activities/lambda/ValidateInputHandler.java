package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#VALIDATE_INPUT} step. */
public final class ValidateInputHandler extends ActivityHandler {

  public ValidateInputHandler() {
    super(ActivityCatalog.VALIDATE_INPUT);
  }

  public ValidateInputHandler(Step<?, ?> step) {
    super(step);
  }
}
