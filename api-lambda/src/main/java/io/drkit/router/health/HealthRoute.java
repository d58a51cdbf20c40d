package io.drkit.router.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import io.drkit.router.http.MethodNotAllowed;
import io.drkit.router.items.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /health}: 200 when this region can serve, 503 when it is fenced or its tables do not answer, which
 * is what Route 53's health check and the ALB act on.
 */
public final class HealthRoute {

  private final HealthProbe probe;
  private final Clock clock;
  private final String region;
  private final Optional<String> peerRegion;
  private final WriteMode writeMode;

  public HealthRoute(HealthProbe probe, Clock clock, String region, Optional<String> peerRegion, WriteMode writeMode) {
    this.probe = probe;
    this.clock = clock;
    this.region = region;
    this.peerRegion = peerRegion;
    this.writeMode = writeMode;
  }

  public HttpResponse handle(HttpRequest request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      throw MethodNotAllowed.of(request, "GET, HEAD");
    }
    request.query().allowOnly(Set.of());
    Instant started = clock.instant();
    ObjectNode body = Json.object();
    try {
      HealthProbe.Report report = probe.probe();
      body.put("status", report.fenced() ? "fenced" : "healthy");
      describe(body, started);
      body.put("fenced", report.fenced());
      report.fenceReason().filter(r -> report.fenced()).ifPresent(r -> body.put("fenceReason", r));
      report.peerHeartbeat().ifPresent(beat ->
          body.put("peerHeartbeatAgeMs", Math.max(0, Duration.between(beat, clock.instant()).toMillis())));
      body.put("checkMs", Duration.between(started, clock.instant()).toMillis());
      return HttpResponse.json(report.fenced() ? 503 : 200, Json.write(body));
    } catch (StoreUnavailableException e) {
      body.put("status", "unhealthy");
      describe(body, started);
      body.put("reason", "tables unreachable: " + e.getMessage());
      return HttpResponse.json(503, Json.write(body));
    }
  }

  private void describe(ObjectNode body, Instant at) {
    body.put("region", region);
    body.put("timestamp", at.toString());
    body.put("writeMode", writeMode.label());
    peerRegion.ifPresent(peer -> body.put("peerRegion", peer));
  }
}
