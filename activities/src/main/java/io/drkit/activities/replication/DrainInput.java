package io.drkit.activities.replication;

import io.drkit.activities.contract.Bounds;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;

/**
 * Input of DrainReplication: from which region to which, the caller's token (a retry waits for the same marker),
 * and how long to wait (1 to 600 s, default 30).
 */
public record DrainInput(String fromRegion, String toRegion, String token, @Nullable Long timeoutSeconds) {

  /** How long to wait for the marker, in seconds. */
  public static final Bounds TIMEOUT_SECONDS = new Bounds(30, 1, 600);

  public DrainInput {
    Require.twoRegions("fromRegion", fromRegion, "toRegion", toRegion);
    Require.text("token", token);
    timeoutSeconds = TIMEOUT_SECONDS.of("timeoutSeconds", timeoutSeconds);
  }
}
