package io.drkit.activities.metrics;

import io.drkit.activities.contract.Nullable;

/** Output of RecordFailoverMetrics: the recovery time and, when known, the data-loss window, in milliseconds. */
public record FailoverFigures(long rtoMs, @Nullable Long rpoMs) {}
