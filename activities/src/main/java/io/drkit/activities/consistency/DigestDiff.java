package io.drkit.activities.consistency;

import DR.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** DiffDigests: combines the segments of each region and lists the buckets whose digests differ. Pure. */
public final class DigestDiff {

  public DigestComparison diff(DiffDigestsInput input) {
    int buckets = input.scans().get(0).digests().size();
    long[] failed = new long[buckets];
    long[] target = new long[buckets];
    long failedItems = 0;
    long targetItems = 0;
    for (SegmentDigests scan : input.scans()) {
      boolean ofFailed = scan.region().equals(input.failedRegion());
      long[] combined = ofFailed ? failed : target;
      for (int i = 0; i < buckets; i++) {
        combined[i] ^= parse(scan.digests().get(i));
      }
      if (ofFailed) {
        failedItems += scan.items();
      } else {
        targetItems += scan.items();
      }
    }
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < buckets; i++) {
      if (failed[i] != target[i]) {
        differing.add(i);
      }
    }
    return new DigestComparison(buckets, failedItems, targetItems, differing, differing.isEmpty());
  }

  private static long parse(String hex) {
    try {
      return Long.parseUnsignedLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new InvalidInput("'scans' holds a digest that is not hexadecimal: '" + hex + "'");
    }
  }
}
