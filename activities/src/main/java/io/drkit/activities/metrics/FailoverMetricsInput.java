package io.drkit.activities.metrics;

import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Input of RecordFailoverMetrics: the two regions, when the execution started, when the failure was detected (the
 * alarm's time; the start stands in without one), and the failed region's heartbeat age when it was last heard from.
 */
@Value.Builder
public record FailoverMetricsInput(String failedRegion, String targetRegion, Instant startedAt,
    @Nullable Instant detectedAt, @Nullable Long failedHeartbeatAgeMs) {

  public FailoverMetricsInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    Require.present("startedAt", startedAt);
    if (failedHeartbeatAgeMs != null && failedHeartbeatAgeMs < 0) {
      throw new DR.InvalidInput("'failedHeartbeatAgeMs' must not be negative, not " + failedHeartbeatAgeMs);
    }
  }
}
