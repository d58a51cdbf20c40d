package io.drkit.activities.consistency;

import DR.InvalidInput;
import io.drkit.activities.contract.Require;
import java.util.List;

/** Input of DiffDigests: the two regions and every segment's scan output, all with the same number of buckets. */
public record DiffDigestsInput(String failedRegion, String targetRegion, List<SegmentDigests> scans) {

  public DiffDigestsInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    scans = Require.nonEmpty("scans", scans);
    int buckets = scans.get(0).digests().size();
    for (SegmentDigests scan : scans) {
      if (scan.digests().size() != buckets) {
        throw new InvalidInput("'scans' must all use the same number of buckets: " + buckets + " and "
            + scan.digests().size());
      }
      if (!scan.region().equals(failedRegion) && !scan.region().equals(targetRegion)) {
        throw new InvalidInput("'scans' holds a scan of " + scan.region() + ", neither " + failedRegion + " nor "
            + targetRegion);
      }
    }
  }
}
