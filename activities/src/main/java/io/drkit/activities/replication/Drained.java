package io.drkit.activities.replication;

/** Output of DrainReplication: the marker written in one region arrived in the other after {@code drainedMs}. */
public record Drained(String fromRegion, String toRegion, long drainedMs) {}
