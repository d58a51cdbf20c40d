package io.drkit.activities.consistency;

import io.drkit.activities.contract.Require;

/** The two regions every consistency step compares, which must differ. */
final class RegionPairInput {

  private RegionPairInput() {}

  static void check(String failedRegion, String targetRegion) {
    Require.region("failedRegion", failedRegion);
    Require.region("targetRegion", targetRegion);
    Require.different("failedRegion", failedRegion, "targetRegion", targetRegion);
  }
}
