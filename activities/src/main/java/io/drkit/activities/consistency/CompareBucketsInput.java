package io.drkit.activities.consistency;

import DR.InvalidInput;
import io.drkit.activities.contract.Bounds;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * Input of CompareBuckets: the two regions, the bucket count the scans used, the buckets that differ, and how many
 * keys to list at most (1 to 5,000, default 500; the counts stay exact).
 */
@Value.Builder
public record CompareBucketsInput(String failedRegion, String targetRegion, @Nullable Integer buckets,
    List<Integer> differingBuckets, @Nullable Integer maxKeys) {

  /** How many differing keys are listed at most. */
  public static final Bounds MAX_KEYS = new Bounds(500, 1, 5_000);

  public CompareBucketsInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    buckets = ScanDigestsInput.BUCKETS.of("buckets", buckets);
    differingBuckets = Require.list("differingBuckets", differingBuckets);
    for (int bucket : differingBuckets) {
      if (bucket < 0 || bucket >= buckets) {
        throw new InvalidInput("'differingBuckets' must hold bucket numbers from 0 to " + (buckets - 1) + ", not "
            + bucket);
      }
    }
    maxKeys = MAX_KEYS.of("maxKeys", maxKeys);
  }
}
