package io.drkit.activities.assess;

import DR.TargetUnhealthy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.HttpProbe;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import io.drkit.core.control.ControlTable;
import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Assesses both regions before traffic moves, reading only the target region, the target's replica of the control
 * table and Route 53 in ungraceful mode: the target must be healthy, then the failed region's heartbeat (replicated
 * into the target) and Route 53's checkers decide whether it is really gone:
 * <ul>
 *   <li>a fresh heartbeat whose own probes of its load balancer pass: the region serves; a false alarm;</li>
 *   <li>a fresh heartbeat reporting {@value #SELF_FAILURES_TO_ACT} or more failed self probes: the region runs but
 *       cannot serve (a throttled router, a gray failure); a real failure;</li>
 *   <li>a stale heartbeat while Route 53 still finds the region healthy: the regions cannot reach each other but the
 *       world reaches both, a partition; failing over would give two writers, so it is a false alarm;</li>
 *   <li>a stale heartbeat otherwise (Route 53 agrees, or cannot be asked): a real failure.</li>
 * </ul>
 * A fenced region is already failed over. Graceful mode, an operator's planned move, also probes the failed region
 * directly and skips the false-alarm verdict.
 */
public final class RegionAssessment {

  /**
   * A heartbeat younger than this means the region's health-checker is still running: 2.5 times the checker's
   * 1-minute schedule, so a running checker's heartbeat always counts as fresh. Deployments with another schedule
   * (the lab's fast profile) pass their own {@code staleAfterSeconds}.
   */
  static final Duration FRESH_HEARTBEAT = Duration.ofSeconds(150);

  /** Failed self probes within a heartbeat's window that make a running region a failed one. */
  static final int SELF_FAILURES_TO_ACT = 2;

  private final Clients clients;
  private final HttpProbe probe;
  private final Clock clock;
  private final Route53View route53;

  public RegionAssessment(Clients clients, HttpProbe probe, Clock clock) {
    this.clients = clients;
    this.probe = probe;
    this.clock = clock;
    this.route53 = new Route53View(clients);
  }

  /**
   * Input: {@code {"failedRegion", "targetRegion", "mode"?: "graceful"|"ungraceful", "staleAfterSeconds"?,
   * "acceptFenced"?}}.
   */
  public JsonNode assess(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    String failed = regions[0];
    String target = regions[1];
    clients.settings().config(failed); // both must be this deployment's regions
    clients.settings().config(target);
    boolean graceful = "graceful".equals(input.optionalText("mode").orElse("ungraceful"));
    boolean acceptFenced = input.flag("acceptFenced", false);
    Duration stale = Duration.ofSeconds(input.number("staleAfterSeconds", FRESH_HEARTBEAT.toSeconds(), 1, 3600));

    ObjectNode result = Json.object();
    result.put("failedRegion", failed);
    result.put("targetRegion", target);
    boolean targetHealthy = targetHealthy(target, result, acceptFenced);
    if (!targetHealthy) {
      throw new TargetUnhealthy("the target region " + target + " is not healthy: " + result.path("target"));
    }
    ControlTable control = clients.control(target);
    FenceState fence = control.fence(failed);
    Optional<Heartbeat> heartbeat = control.latestHeartbeat(failed);
    Instant now = clock.instant();
    result.put("failedFenced", fence.fenced());
    if (heartbeat.isPresent()) {
      result.put("failedHeartbeatAgeMs", Math.max(0, Duration.between(heartbeat.get().at(), now).toMillis()));
      result.put("failedSelfChecks", heartbeat.get().selfChecks());
    } else {
      result.putNull("failedHeartbeatAgeMs");
    }
    boolean heartbeatFresh = heartbeat.filter(beat -> Duration.between(beat.at(), now).compareTo(stale) < 0)
        .isPresent();
    result.put("failedHeartbeatFresh", heartbeatFresh);
    boolean selfFailing = heartbeat.filter(beat -> beat.selfFailures() >= SELF_FAILURES_TO_ACT).isPresent();
    if (graceful) {
      clients.settings().config(failed).healthUrl().flatMap(probe::get)
          .ifPresentOrElse(r -> result.put("failedHealthStatus", r.status()), () -> result.putNull("failedHealthStatus"));
    }
    boolean partitioned = false;
    if (!graceful && !heartbeatFresh && !fence.fenced()) {
      Optional<Route53View.Verdict> verdict = route53.of(failed);
      verdict.ifPresentOrElse(v -> result.putObject("route53").put("healthCheckId", v.healthCheckId())
          .put("checkers", v.checkers()).put("reportingHealthy", v.reportingHealthy()).put("healthy", v.healthy()),
          () -> result.putNull("route53"));
      partitioned = verdict.filter(Route53View.Verdict::healthy).isPresent();
    }
    result.put("partitionSuspected", partitioned);
    boolean serving = heartbeatFresh && !selfFailing;
    result.put("falseAlarm", !graceful && !fence.fenced() && (serving || partitioned));
    result.put("verdict", graceful ? "planned" : fence.fenced() ? "already failed over"
        : serving ? "serving: heartbeat fresh, own probes pass"
        : partitioned ? "partition: the regions cannot reach each other, Route 53 still reaches " + failed
        : heartbeatFresh ? "failing: running but its own probes fail" : "gone: heartbeat stale");
    result.put("alreadyFailedOver", fence.fenced());
    result.put("assessedAt", now.toString());
    return result;
  }

  /** With acceptFenced (a failback's check of the region it returns to), a fence is the only thing allowed wrong. */
  private boolean targetHealthy(String target, ObjectNode result, boolean acceptFenced) {
    ObjectNode detail = result.putObject("target");
    Optional<java.net.URI> url = clients.settings().config(target).healthUrl();
    if (url.isPresent()) {
      Optional<HttpProbe.Result> probed = probe.get(url.get());
      detail.put("url", url.get().toString());
      probed.ifPresentOrElse(r -> detail.put("status", r.status()), () -> detail.put("status", "no answer"));
      boolean healthy = probed.filter(r -> r.healthy() || acceptFenced && r.status() == 503
          && r.body().map(b -> b.path("status").asText()).filter("fenced"::equals).isPresent()).isPresent();
      result.put("targetHealthy", healthy);
      return healthy;
    }
    // no router URL configured: the target's tables answering is the best evidence available
    try {
      clients.control(target).fence(target);
      detail.put("tables", "reachable");
      result.put("targetHealthy", true);
      return true;
    } catch (RuntimeException e) {
      detail.put("tables", "unreachable: " + e.getMessage());
      result.put("targetHealthy", false);
      return false;
    }
  }
}
