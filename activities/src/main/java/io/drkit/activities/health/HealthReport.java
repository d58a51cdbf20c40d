package io.drkit.activities.health;

import java.time.Instant;
import java.util.Map;

/** Output of HealthCheck: this region's heartbeat as written, and what it saw of each peer. */
public record HealthReport(String region, Instant heartbeatAt, String selfChecks, Map<String, PeerHealth> peers) {

  public HealthReport {
    peers = Map.copyOf(peers);
  }
}
