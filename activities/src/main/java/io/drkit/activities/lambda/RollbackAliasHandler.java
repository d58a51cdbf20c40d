package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#ROLLBACK_ALIAS} step. */
public final class RollbackAliasHandler extends ActivityHandler {

  public RollbackAliasHandler() {
    super(ActivityCatalog.ROLLBACK_ALIAS);
  }

  public RollbackAliasHandler(Step<?, ?> step) {
    super(step);
  }
}
