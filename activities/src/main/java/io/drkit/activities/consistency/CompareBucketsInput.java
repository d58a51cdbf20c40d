package io.drkit.activities.consistency;

import DR.InvalidInput;
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

  static final int DEFAULT_MAX_KEYS = 500;

  public CompareBucketsInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    buckets = Require.within("buckets", buckets, ScanDigestsInput.DEFAULT_BUCKETS, 1, ScanDigestsInput.MAX_BUCKETS);
    differingBuckets = Require.list("differingBuckets", differingBuckets);
    for (int bucket : differingBuckets) {
      if (bucket < 0 || bucket >= buckets) {
        throw new InvalidInput("'differingBuckets' must hold bucket numbers from 0 to " + (buckets - 1) + ", not "
            + bucket);
      }
    }
    maxKeys = Require.within("maxKeys", maxKeys, DEFAULT_MAX_KEYS, 1, 5_000);
  }
}
