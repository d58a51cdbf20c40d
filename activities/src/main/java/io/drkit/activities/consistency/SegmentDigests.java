package io.drkit.activities.consistency;

import io.drkit.activities.contract.Require;
import java.util.List;

/**
 * Output of ScanDigests, one segment of one region: its item count and, per bucket, the XOR of its items' digests
 * (hex) and how many items fell in it. Small whatever the table size: a few KiB for 256 buckets.
 */
public record SegmentDigests(String region, int segment, long items, List<String> digests, List<Integer> counts) {

  public SegmentDigests {
    Require.region("region", region);
    digests = Require.nonEmpty("digests", digests);
    counts = Require.list("counts", counts);
  }
}
