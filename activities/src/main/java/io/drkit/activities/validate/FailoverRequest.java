package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.drkit.activities.assess.AssessInput;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import io.drkit.activities.replication.DrainInput;
import io.drkit.activities.traffic.ShiftInput;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the Failover workflow is started with, by an operator, the alarm's rule or a drill: the region thought failed
 * and the one to move to, and options with their defaults. {@code trigger} and {@code reason} say what started it.
 */
@Value.Builder
@JsonIgnoreProperties({WorkflowRequests.STARTED_BY})
public record FailoverRequest(
    String failedRegion,
    String targetRegion,
    @Nullable AssessInput.Mode mode,
    @Nullable Boolean force,
    @Nullable ShiftInput.Method method,
    @Nullable Long drainTimeoutSeconds,
    @Nullable Instant detectedAt,
    @Nullable Long staleAfterSeconds,
    @Nullable Long reassessEverySeconds,
    @Nullable Long reassessForSeconds,
    @Nullable String trigger,
    @Nullable String reason) implements WorkflowRequest {

  public FailoverRequest {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    mode = Require.orDefault(mode, AssessInput.Mode.UNGRACEFUL);
    force = Require.orDefault(force, false);
    method = Require.orDefault(method, ShiftInput.Method.HEALTH_CHECK);
    drainTimeoutSeconds = DrainInput.TIMEOUT_SECONDS.of("drainTimeoutSeconds", drainTimeoutSeconds);
    staleAfterSeconds = AssessInput.STALE_AFTER_SECONDS.of("staleAfterSeconds", staleAfterSeconds);
    reassessEverySeconds = Require.within("reassessEverySeconds", reassessEverySeconds, 60, 1, 3600);
    reassessForSeconds = Require.within("reassessForSeconds", reassessForSeconds, 600, 0, 86_400);
  }
  @Override
  public Map<String, String> namedRegions() {
    return Map.of("failedRegion", failedRegion, "targetRegion", targetRegion);
  }

}
