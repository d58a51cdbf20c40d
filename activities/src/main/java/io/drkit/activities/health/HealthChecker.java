package io.drkit.activities.health;

import io.drkit.activities.control.ControlReplica;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.Metrics;
import io.drkit.activities.support.ProbeResult;
import io.drkit.core.control.Heartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled health-checker of one region: probes this region's own /health and writes its heartbeat with the
 * latest self checks, reads each peer's heartbeat (replicated here: its age is the replication lag plus the
 * schedule), probes the peer's /health, and publishes these as metrics. The alarm on PeerHealthy starts the failover
 * in this region: each region watches the other. A peer fenced in this region's control table counts as unhealthy
 * until it is unfenced.
 */
public final class HealthChecker {

  private final ActivitySettings settings;
  private final ControlReplicas control;
  private final HealthProbe probe;
  private final Metrics metrics;
  private final Clock clock;

  public HealthChecker(ActivitySettings settings, ControlReplicas control, HealthProbe probe, Metrics metrics,
      Clock clock) {
    this.settings = settings;
    this.control = control;
    this.probe = probe;
    this.metrics = metrics;
    this.clock = clock;
  }

  public HealthReport check() {
    String region = settings.region();
    ControlReplica replica = control.in(region);
    Instant now = clock.instant();
    // probed through the region's own load balancer: the path the clients take, not just the tables
    Optional<Boolean> selfHealthy = settings.config(region).healthUrl()
        .map(url -> probe.get(url).filter(ProbeResult::healthy).isPresent());
    Heartbeat previous = replica.latestHeartbeat(region).orElse(Heartbeat.at(now));
    Heartbeat heartbeat = selfHealthy.map(ok -> previous.next(now, ok)).orElse(Heartbeat.at(now));
    replica.writeHeartbeat(region, heartbeat);
    selfHealthy.ifPresent(ok -> metrics.publish(Map.of("Region", region), Map.of("SelfHealthy", ok ? 1.0 : 0.0),
        Map.of("SelfHealthy", "Count")));
    Map<String, PeerHealth> peers = new LinkedHashMap<>();
    for (String peer : settings.peers()) {
      peers.put(peer, checkPeer(replica, peer, now));
    }
    return new HealthReport(region, now, heartbeat.selfChecks(), peers);
  }

  private PeerHealth checkPeer(ControlReplica replica, String peer, Instant now) {
    String region = settings.region();
    Optional<Long> age = replica.latestHeartbeat(peer)
        .map(beat -> Math.max(0, Duration.between(beat.at(), now).toMillis()));
    Optional<ProbeResult> probed = settings.config(peer).healthUrl().flatMap(probe::get);
    // a peer this region fenced is not healthy, whatever its /health says before the fence reaches it: the alarm
    // stays in ALARM until a failback lifts the fence, so a flapping peer starts one failover, not one per flap
    boolean fenced = replica.fence(peer).fenced();
    boolean healthy = !fenced && probed.filter(ProbeResult::healthy).isPresent();
    Map<String, Double> values = new LinkedHashMap<>();
    age.ifPresent(ms -> values.put("PeerHeartbeatAge", ms.doubleValue()));
    values.put("PeerHealthy", healthy ? 1.0 : 0.0);
    probed.ifPresent(p -> values.put("PeerHealthCheckLatency", (double) p.millis()));
    metrics.publish(Map.of("Region", region, "PeerRegion", peer), values, Map.of("PeerHeartbeatAge", "Milliseconds",
        "PeerHealthy", "Count", "PeerHealthCheckLatency", "Milliseconds"));
    return new PeerHealth(healthy, fenced, age.orElse(null));
  }
}
