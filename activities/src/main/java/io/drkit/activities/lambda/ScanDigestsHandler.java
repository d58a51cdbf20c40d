package io.drkit.activities.lambda;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;

/** Lambda handler of the {@value ActivityCatalog#SCAN_DIGESTS} step. */
public final class ScanDigestsHandler extends ActivityHandler {

  public ScanDigestsHandler() {
    super(ActivityCatalog.SCAN_DIGESTS);
  }

  public ScanDigestsHandler(Step<?, ?> step) {
    super(step);
  }
}
