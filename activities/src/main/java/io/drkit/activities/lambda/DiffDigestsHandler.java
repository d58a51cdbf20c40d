package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;

/** Lambda handler of the {@value ActivityCatalog#DIFF_DIGESTS} step. */
public final class DiffDigestsHandler extends ActivityHandler {

  public DiffDigestsHandler() {
    super(ActivityCatalog.DIFF_DIGESTS);
  }

  public DiffDigestsHandler(Activity activity) {
    super(activity);
  }
}
