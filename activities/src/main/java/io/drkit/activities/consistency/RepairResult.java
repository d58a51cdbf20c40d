package io.drkit.activities.consistency;

/**
 * Output of RepairKeys: keys written with the winning copy, and keys left alone because a write landed on them since
 * they were read (that write is newer than the repair; the next validation looks at them again).
 */
public record RepairResult(int repaired, int changedMeanwhile) {}
