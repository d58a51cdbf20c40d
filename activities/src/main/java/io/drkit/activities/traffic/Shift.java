package io.drkit.activities.traffic;

/** Output of ShiftTraffic: the target, the method, and whether any record changed. */
public record Shift(String targetRegion, ShiftInput.Method method, boolean changed) {}
