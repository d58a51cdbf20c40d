package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.drkit.activities.consistency.CompareBucketsInput;
import io.drkit.activities.consistency.KeysInput;
import io.drkit.activities.consistency.ScanDigestsInput;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the Consistency validation is started with: the two regions to compare, how many scan segments per region
 * (1 to 16, default 4) and hash buckets (1 to 512, default 256; segments x buckets at most 4096), how long to wait before re-checking differences
 * (0 to 300 s, default 5) and how long a difference may then take to replicate before it counts as divergent (0 to
 * 300 s, default 5), whether to repair, how many keys to list at most, and whether to notify (JSON {@code notify}).
 */
@Value.Builder
@JsonIgnoreProperties({WorkflowRequests.STARTED_BY})
public record ConsistencyRequest(
    String failedRegion,
    String targetRegion,
    @Nullable Integer segments,
    @Nullable Integer buckets,
    @Nullable Integer recheckDelaySeconds,
    @Nullable Integer inFlightSeconds,
    @Nullable Boolean repair,
    @Nullable Integer maxKeys,
    @JsonProperty("notify") @Nullable Boolean notifyOutcome,
    @Nullable String trigger,
    @Nullable String reason) implements WorkflowRequest {

  /** 2 x 4096 digests and counts: about 210 KB of JSON at worst, under the 256 KiB a state may hold. */
  public static final int MAX_DIGESTS_PER_REGION = 4096;

  public ConsistencyRequest {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    segments = Require.within("segments", segments, 4, 1, 16);
    buckets = ScanDigestsInput.BUCKETS.of("buckets", buckets);
    // the Map's result holds 2 x segments x buckets digests, and must fit Step Functions' 256 KiB
    if (segments * buckets > MAX_DIGESTS_PER_REGION) {
      throw new DR.InvalidInput("'segments' x 'buckets' must be at most " + MAX_DIGESTS_PER_REGION
          + " (the scans' digests must fit a 256 KiB state), not " + segments + " x " + buckets);
    }
    recheckDelaySeconds = Require.within("recheckDelaySeconds", recheckDelaySeconds, 5, 0, 300);
    inFlightSeconds = KeysInput.IN_FLIGHT_SECONDS.of("inFlightSeconds", inFlightSeconds);
    repair = Require.orDefault(repair, false);
    maxKeys = CompareBucketsInput.MAX_KEYS.of("maxKeys", maxKeys);
    notifyOutcome = Require.orDefault(notifyOutcome, true);
  }
  @Override
  public Map<String, String> namedRegions() {
    return Map.of("failedRegion", failedRegion, "targetRegion", targetRegion);
  }

}
