package io.drkit.activities.fence;

/** Output of FenceRegion and UnfenceRegion: the region, its fence now, and the region whose replica was written. */
public record FenceChange(String region, boolean fenced, String by) {}
