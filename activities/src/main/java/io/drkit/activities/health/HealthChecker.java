package io.drkit.activities.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.EmbeddedMetrics;
import io.drkit.activities.support.HttpProbe;
import io.drkit.activities.support.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled health-checker of one region: writes this region's heartbeat, reads the peer's (replicated here: its
 * age is the replication lag plus the schedule), probes the peer's /health, and publishes both as metrics. The
 * alarm on PeerHealthy starts the failover in this region: each region watches the other. A peer fenced in this
 * region's control table counts as unhealthy until it is unfenced.
 */
public final class HealthChecker {

  private final Clients clients;
  private final HttpProbe probe;
  private final EmbeddedMetrics metrics;
  private final Clock clock;

  public HealthChecker(Clients clients, HttpProbe probe, EmbeddedMetrics metrics, Clock clock) {
    this.clients = clients;
    this.probe = probe;
    this.metrics = metrics;
    this.clock = clock;
  }

  public JsonNode check(JsonNode ignoredScheduledEvent) {
    String region = clients.settings().region();
    Instant now = clock.instant();
    clients.control(region).writeHeartbeat(region, now);
    ObjectNode result = Json.object();
    result.put("region", region);
    result.put("heartbeatAt", now.toString());
    for (String peer : clients.settings().regions().keySet()) {
      if (peer.equals(region)) {
        continue;
      }
      Map<String, Double> values = new LinkedHashMap<>();
      Optional<Instant> beat = clients.control(region).heartbeat(peer);
      beat.ifPresent(b -> values.put("PeerHeartbeatAge", (double) Math.max(0, Duration.between(b, now).toMillis())));
      Optional<HttpProbe.Result> probed = clients.settings().config(peer).healthUrl().flatMap(probe::get);
      // a peer this region fenced is not healthy, whatever its /health says before the fence reaches it: the alarm
      // stays in ALARM until a failback lifts the fence, so a flapping peer starts one failover, not one per flap
      boolean fenced = clients.control(region).fence(peer).fenced();
      boolean healthy = !fenced && probed.filter(HttpProbe.Result::healthy).isPresent();
      values.put("PeerHealthy", healthy ? 1.0 : 0.0);
      probed.ifPresent(p -> values.put("PeerHealthCheckLatency", (double) p.millis()));
      metrics.publish(Map.of("Region", region, "PeerRegion", peer), values, Map.of("PeerHeartbeatAge", "Milliseconds",
          "PeerHealthy", "Count", "PeerHealthCheckLatency", "Milliseconds"));
      ObjectNode peerResult = result.putObject(peer);
      peerResult.put("healthy", healthy);
      peerResult.put("fenced", fenced);
      beat.ifPresentOrElse(b -> peerResult.put("heartbeatAgeMs", Duration.between(b, now).toMillis()),
          () -> peerResult.putNull("heartbeatAgeMs"));
    }
    return result;
  }
}
