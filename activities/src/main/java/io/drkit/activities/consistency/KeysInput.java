package io.drkit.activities.consistency;

import io.drkit.activities.contract.Bounds;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.util.List;

/**
 * Input of RecheckKeys and RepairKeys: the two regions and the keys to look at again; for a re-check, how long a
 * difference may take to replicate before it counts as divergent (0 to 300 s, default 5).
 */
public record KeysInput(String failedRegion, String targetRegion, List<String> keys,
    @Nullable Integer inFlightSeconds) {

  /** How long a difference may take to replicate before it counts as divergent, in seconds. */
  public static final Bounds IN_FLIGHT_SECONDS = new Bounds(5, 0, 300);

  public KeysInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    keys = Require.list("keys", keys);
    inFlightSeconds = IN_FLIGHT_SECONDS.of("inFlightSeconds", inFlightSeconds);
  }
}
