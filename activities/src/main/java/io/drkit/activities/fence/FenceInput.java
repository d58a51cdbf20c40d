package io.drkit.activities.fence;

import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;

/** Input of FenceRegion and UnfenceRegion: the region, and why (shown in its fence item and its /health). */
public record FenceInput(String region, @Nullable String reason) {

  public FenceInput {
    Require.region("region", region);
  }
}
