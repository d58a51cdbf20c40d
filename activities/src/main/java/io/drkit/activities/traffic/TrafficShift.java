package io.drkit.activities.traffic;

import DR.InvalidInput;
import DR.TrafficNotShifted;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.ProbeResult;
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

  private final ActivitySettings settings;
  private final Optional<FailoverRouting> routing;
  private final HealthProbe probe;

  public TrafficShift(ActivitySettings settings, Optional<FailoverRouting> routing, HealthProbe probe) {
    this.settings = settings;
    this.routing = routing;
    this.probe = probe;
  }

  public Shift shift(ShiftInput input) {
    settings.config(input.targetRegion());
    boolean changed = false;
    if (input.method() == ShiftInput.Method.RECORD_SWAP) {
      changed = routing.orElseThrow(() -> new InvalidInput("record-swap needs HOSTED_ZONE_ID and RECORD_NAME"))
          .makePrimary(input.targetRegion());
    }
    return new Shift(input.targetRegion(), input.method(), changed);
  }

  /**
   * Probes the service name the clients use and requires that every probe is served by the target; without a
   * service URL, the target's own /health must answer.
   */
  public TrafficVerified verify(VerifyTrafficInput input) {
    String target = input.targetRegion();
    Optional<URI> service = settings.serviceUrl();
    URI url = service.map(s -> s.resolve("/health"))
        .or(() -> settings.config(target).healthUrl())
        .orElseThrow(() -> new InvalidInput("neither SERVICE_URL nor the target's health URL is configured"));
    for (int i = 1; i <= input.probes(); i++) {
      Optional<ProbeResult> seen = probe.get(url);
      if (seen.isEmpty() || !seen.get().healthy()) {
        throw new TrafficNotShifted("probe " + i + " of " + url + " got "
            + seen.map(r -> "HTTP " + r.status()).orElse("no answer"));
      }
      Optional<String> served = seen.get().servedRegion();
      if (service.isPresent() && served.isPresent() && !served.get().equals(target)) {
        throw new TrafficNotShifted("probe " + i + " of " + url + " was served by " + served.get() + ", not " + target);
      }
    }
    return new TrafficVerified(target, url.toString(),
        service.isPresent() ? "service name serves the target" : "target answers its /health", input.probes());
  }
}
