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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Assesses both regions before traffic moves, reading only the target region and the target's replica of the
 * control table in ungraceful mode: the target must be healthy; the failed region's heartbeat age (replicated into
 * the target) tells whether it is really gone. A fresh heartbeat of a region that is not fenced is a false alarm.
 * Graceful mode, an operator's planned move, also probes the failed region directly and skips the false-alarm verdict.
 */
public final class RegionAssessment {

  /**
   * A heartbeat younger than this means the region's health-checker is still running: 2.5 times the checker's
   * 1-minute schedule, so a running checker's heartbeat always counts as fresh. Deployments with another schedule
   * (the lab's fast profile) pass their own {@code staleAfterSeconds}.
   */
  static final Duration FRESH_HEARTBEAT = Duration.ofSeconds(150);

  private final Clients clients;
  private final HttpProbe probe;
  private final Clock clock;

  public RegionAssessment(Clients clients, HttpProbe probe, Clock clock) {
    this.clients = clients;
    this.probe = probe;
    this.clock = clock;
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
    Optional<Instant> heartbeat = control.heartbeat(failed);
    Instant now = clock.instant();
    result.put("failedFenced", fence.fenced());
    if (heartbeat.isPresent()) {
      result.put("failedHeartbeatAgeMs", Math.max(0, Duration.between(heartbeat.get(), now).toMillis()));
    } else {
      result.putNull("failedHeartbeatAgeMs");
    }
    boolean heartbeatFresh = heartbeat.filter(beat -> Duration.between(beat, now).compareTo(stale) < 0).isPresent();
    result.put("failedHeartbeatFresh", heartbeatFresh);
    if (graceful) {
      clients.settings().config(failed).healthUrl().flatMap(probe::get)
          .ifPresentOrElse(r -> result.put("failedHealthStatus", r.status()), () -> result.putNull("failedHealthStatus"));
    }
    result.put("falseAlarm", !graceful && heartbeatFresh && !fence.fenced());
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
