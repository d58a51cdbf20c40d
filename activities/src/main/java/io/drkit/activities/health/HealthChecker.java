package io.drkit.activities.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.EmbeddedMetrics;
import io.drkit.activities.support.HttpProbe;
import io.drkit.activities.support.Json;
import io.drkit.core.control.Heartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled health-checker of one region: probes this region's own /health and writes its heartbeat with the
 * latest self checks, reads the peer's heartbeat (replicated here: its age is the replication lag plus the schedule),
 * probes the peer's /health, and publishes these as metrics. The
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
    // probed through the region's own load balancer: the path the clients take, not just the tables
    Optional<Boolean> selfHealthy = clients.settings().config(region).healthUrl()
        .map(url -> probe.get(url).filter(HttpProbe.Result::healthy).isPresent());
    Heartbeat previous = clients.control(region).latestHeartbeat(region).orElse(Heartbeat.at(now));
    Heartbeat heartbeat = selfHealthy.map(ok -> previous.next(now, ok)).orElse(Heartbeat.at(now));
    clients.control(region).writeHeartbeat(region, heartbeat);
    selfHealthy.ifPresent(ok -> metrics.publish(Map.of("Region", region), Map.of("SelfHealthy", ok ? 1.0 : 0.0),
        Map.of("SelfHealthy", "Count")));
    ObjectNode result = Json.object();
    result.put("region", region);
    result.put("heartbeatAt", now.toString());
    result.put("selfChecks", heartbeat.selfChecks());
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
