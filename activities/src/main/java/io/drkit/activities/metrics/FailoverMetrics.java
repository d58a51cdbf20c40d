package io.drkit.activities.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.EmbeddedMetrics;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a failover's recovery time and data-loss window as CloudWatch metrics (EMF): RTO from the detection (the
 * alarm's time) or, without one, the execution's start, to now; RPO as the failed region's replication lag when
 * it was last heard from, the most its unreplicated writes can span.
 */
public final class FailoverMetrics {

  private final EmbeddedMetrics metrics;
  private final Clock clock;

  public FailoverMetrics(EmbeddedMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Input: {@code {"failedRegion", "targetRegion", "startedAt", "detectedAt"?, "failedHeartbeatAgeMs"?}}. */
  public JsonNode record(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    Instant start = instant(input.optionalText("detectedAt").orElse(input.text("startedAt")));
    Instant now = clock.instant();
    double rto = Math.max(0, Duration.between(start, now).toMillis());
    JsonNode age = json.get("failedHeartbeatAgeMs");
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("FailoverRTO", rto);
    if (age != null && age.isNumber()) {
      values.put("FailoverRPO", age.doubleValue());
    }
    values.put("Failovers", 1.0);
    metrics.publish(Map.of("FailedRegion", regions[0], "TargetRegion", regions[1]), values,
        Map.of("FailoverRTO", "Milliseconds", "FailoverRPO", "Milliseconds", "Failovers", "Count"));
    ObjectNode result = Json.object();
    result.put("rtoMs", (long) rto);
    if (values.containsKey("FailoverRPO")) {
      result.put("rpoMs", values.get("FailoverRPO").longValue());
    } else {
      result.putNull("rpoMs");
    }
    return result;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new DR.InvalidInput("'" + text + "' is not an ISO-8601 instant");
    }
  }
}
