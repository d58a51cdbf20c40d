package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import org.immutables.value.Value;

/**
 * What the Consistency validation is started with: the two regions to compare, how many scan segments per region
 * (1 to 16, default 4) and hash buckets (1 to 512, default 256), how long to wait before re-checking differences
 * (0 to 300 s, default 5), whether to repair, how many keys to list at most, and whether to notify (JSON {@code notify}).
 */
@Value.Builder
@JsonIgnoreProperties({WorkflowRequests.STARTED_BY})
public record ConsistencyRequest(
    String failedRegion,
    String targetRegion,
    @Nullable Integer segments,
    @Nullable Integer buckets,
    @Nullable Integer recheckDelaySeconds,
    @Nullable Boolean repair,
    @Nullable Integer maxKeys,
    @JsonProperty("notify") @Nullable Boolean notifyOutcome,
    @Nullable String trigger,
    @Nullable String reason) {

  public ConsistencyRequest {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    // two regions' segments run as one Map; 16 keeps its digests near 100 KiB, under the 256 KiB payload limit
    segments = Require.within("segments", segments, 4, 1, 16);
    buckets = Require.within("buckets", buckets, 256, 1, 512);
    recheckDelaySeconds = Require.within("recheckDelaySeconds", recheckDelaySeconds, 5, 0, 300);
    repair = Require.orDefault(repair, false);
    maxKeys = Require.within("maxKeys", maxKeys, 500, 1, 5_000);
    notifyOutcome = Require.orDefault(notifyOutcome, true);
  }
}
