package io.drkit.activities.traffic;

/** Output of VerifyTraffic: what was probed, what it showed, how many probes. */
public record TrafficVerified(String targetRegion, String url, String verified, int probes) {}
