package io.drkit.activities.metrics;

import io.drkit.activities.support.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a failover's recovery time and data-loss window as CloudWatch metrics: RTO from the detection (the
 * alarm's time) or, without one, the execution's start, to now; RPO as the failed region's replication lag when
 * it was last heard from, the most its unreplicated writes can span.
 */
public final class FailoverMetrics {

  private final Metrics metrics;
  private final Clock clock;

  public FailoverMetrics(Metrics metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public FailoverFigures record(FailoverMetricsInput input) {
    Instant start = input.detectedAt() != null ? input.detectedAt() : input.startedAt();
    long rto = Math.max(0, Duration.between(start, clock.instant()).toMillis());
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("FailoverRTO", (double) rto);
    if (input.failedHeartbeatAgeMs() != null) {
      values.put("FailoverRPO", input.failedHeartbeatAgeMs().doubleValue());
    }
    values.put("Failovers", 1.0);
    metrics.publish(Map.of("FailedRegion", input.failedRegion(), "TargetRegion", input.targetRegion()), values,
        Map.of("FailoverRTO", "Milliseconds", "FailoverRPO", "Milliseconds", "Failovers", "Count"));
    return new FailoverFigures(rto, input.failedHeartbeatAgeMs());
  }
}
