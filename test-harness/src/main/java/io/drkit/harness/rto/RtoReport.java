package io.drkit.harness.rto;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the probes say about an outage: when the first failure came after a success, when success returned for good,
 * the RTO between them, and which region served before and after.
 */
public record RtoReport(int probes, int failures, Optional<Instant> outageStart, Optional<Instant> recovered,
    Optional<Duration> rto, Optional<String> regionBefore, Optional<String> regionAfter) {

  public static RtoReport of(List<RtoMeter.Probe> probes) {
    Optional<Instant> start = Optional.empty();
    Optional<Instant> recovered = Optional.empty();
    Optional<String> before = Optional.empty();
    Optional<String> after = Optional.empty();
    boolean seenSuccess = false;
    int failures = 0;
    for (RtoMeter.Probe probe : probes) {
      if (!probe.ok()) {
        failures++;
        if (seenSuccess && start.isEmpty()) {
          start = Optional.of(probe.at());
        }
        recovered = Optional.empty(); // a later failure means the earlier success was not yet recovery
      } else {
        if (start.isEmpty()) {
          before = probe.region();
        } else if (recovered.isEmpty()) {
          recovered = Optional.of(probe.at());
        }
        after = probe.region();
        seenSuccess = true;
      }
    }
    Optional<Instant> outage = start;
    Optional<Duration> rto = recovered.flatMap(r -> outage.map(a -> Duration.between(a, r)));
    return new RtoReport(probes.size(), failures, start, recovered, rto, before, after);
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("probes: %d, failed: %d%n", probes, failures));
    out.append("outage started:  ").append(outageStart.map(Instant::toString).orElse("no outage seen")).append('\n');
    out.append("recovered:       ").append(recovered.map(Instant::toString)
        .orElse(outageStart.isPresent() ? "not recovered" : "-")).append('\n');
    out.append("RTO:             ").append(rto.map(d -> d.toMillis() + " ms").orElse("-")).append('\n');
    out.append("served before:   ").append(regionBefore.orElse("unknown")).append('\n');
    out.append("served after:    ").append(regionAfter.orElse("unknown")).append('\n');
    return out.toString();
  }
}
