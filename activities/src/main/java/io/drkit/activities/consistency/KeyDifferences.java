package io.drkit.activities.consistency;

import java.util.List;

/**
 * Output of CompareBuckets: how many keys are missing on either side or differ (exact), and the first
 * {@code maxKeys} of them in key order ({@code truncated} when there were more).
 */
public record KeyDifferences(int missingInTargetRegion, int missingInFailedRegion, int differing, int total,
    List<String> keys, boolean truncated) {}
