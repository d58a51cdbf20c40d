package io.drkit.activities.traffic;

import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;

/** Input of VerifyTraffic: the region clients must land in, and how many probes must agree (1 to 20, default 3). */
public record VerifyTrafficInput(String targetRegion, @Nullable Integer probes) {

  public VerifyTrafficInput {
    Require.region("targetRegion", targetRegion);
    probes = Require.within("probes", probes, 3, 1, 20);
  }
}
