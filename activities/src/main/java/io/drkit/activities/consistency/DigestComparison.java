package io.drkit.activities.consistency;

import java.util.List;

/** Output of DiffDigests: each region's item count, and the buckets whose digests differ (none: consistent). */
public record DigestComparison(int buckets, long failedRegionItems, long targetRegionItems,
    List<Integer> differingBuckets, boolean consistent) {}
