package io.drkit.activities.traffic;

import DR.InvalidInput;
import DR.TrafficNotShifted;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.HttpProbe;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import java.net.URI;
import java.util.Optional;

/**
 * Moves clients to the target region and checks that they land there.
 *
 * <p>By default the shift is health-check driven: the failed region is fenced, its /health answers 503, Route 53's
 * health check fails and DNS answers the other record; nothing has to call the failed region or change DNS. The
 * record-swap method also makes the target's failover record PRIMARY, for when the failed region's health check
 * cannot be trusted.
 */
public final class TrafficShift {

  enum Method { HEALTH_CHECK, RECORD_SWAP }

  private final Clients clients;
  private final HttpProbe probe;

  public TrafficShift(Clients clients, HttpProbe probe) {
    this.clients = clients;
    this.probe = probe;
  }

  /** Input: {@code {"targetRegion", "method"?: "health-check"|"record-swap"}}. */
  public JsonNode shift(JsonNode json) {
    Input input = Input.of(json);
    String target = input.region("targetRegion");
    Method method = input.choice("method", Method.class, Method.HEALTH_CHECK);
    ObjectNode result = Json.object();
    result.put("targetRegion", target);
    result.put("method", method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    if (method == Method.RECORD_SWAP) {
      result.put("changed", records().makePrimary(target));
    } else {
      result.put("changed", false);
    }
    return result;
  }

  /**
   * Input: {@code {"targetRegion", "probes"?}}. Probes the service name the clients use and requires that every
   * probe is served by the target; without a service URL, the target's own /health must answer.
   */
  public JsonNode verify(JsonNode json) {
    Input input = Input.of(json);
    String target = input.region("targetRegion");
    int probes = (int) input.number("probes", 3, 1, 20);
    Optional<URI> service = clients.settings().serviceUrl();
    URI url = service.map(s -> s.resolve("/health"))
        .or(() -> clients.settings().config(target).healthUrl())
        .orElseThrow(() -> new InvalidInput("neither SERVICE_URL nor the target's health URL is configured"));
    ObjectNode result = Json.object();
    result.put("targetRegion", target);
    result.put("url", url.toString());
    for (int i = 0; i < probes; i++) {
      Optional<HttpProbe.Result> seen = probe.get(url);
      if (seen.isEmpty() || !seen.get().healthy()) {
        throw new TrafficNotShifted("probe " + (i + 1) + " of " + url + " got "
            + seen.map(r -> "HTTP " + r.status()).orElse("no answer"));
      }
      Optional<String> served = seen.get().servedRegion();
      if (service.isPresent() && served.isPresent() && !served.get().equals(target)) {
        throw new TrafficNotShifted("probe " + (i + 1) + " of " + url + " was served by " + served.get()
            + ", not " + target);
      }
    }
    result.put("verified", service.isPresent() ? "service name serves the target" : "target answers its /health");
    result.put("probes", probes);
    return result;
  }

  private FailoverRecords records() {
    var settings = clients.settings();
    return new FailoverRecords(clients.route53(),
        settings.hostedZoneId().orElseThrow(() -> new InvalidInput("record-swap needs HOSTED_ZONE_ID")),
        settings.recordName().orElseThrow(() -> new InvalidInput("record-swap needs RECORD_NAME")));
  }
}
