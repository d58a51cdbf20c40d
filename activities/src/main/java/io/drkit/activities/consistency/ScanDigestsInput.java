package io.drkit.activities.consistency;

import io.drkit.activities.contract.Bounds;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import org.immutables.value.Value;

/**
 * Input of ScanDigests: the region, which segment of how many (1 to 64, default one segment of one), and how many
 * hash buckets (1 to 512, default 256).
 */
@Value.Builder
public record ScanDigestsInput(String region, @Nullable Integer segment, @Nullable Integer totalSegments,
    @Nullable Integer buckets) {

  /** How many hash buckets a scan reduces a segment to. */
  public static final Bounds BUCKETS = new Bounds(256, 1, 512);

  public ScanDigestsInput {
    Require.region("region", region);
    totalSegments = Require.within("totalSegments", totalSegments, 1, 1, 64);
    segment = Require.within("segment", segment, 0, 0, totalSegments - 1);
    buckets = BUCKETS.of("buckets", buckets);
  }
}
