package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#DIFF_DIGESTS} step. */
public final class DiffDigestsHandler extends ActivityHandler {

  public DiffDigestsHandler() {
    super(ActivityCatalog.DIFF_DIGESTS);
  }

  public DiffDigestsHandler(Step<?, ?> step) {
    super(step);
  }
}
