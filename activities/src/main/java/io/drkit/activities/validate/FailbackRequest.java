package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import io.drkit.activities.replication.DrainInput;
import io.drkit.activities.traffic.ShiftInput;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the Failback workflow is started with: the recovered region traffic returns to ({@code failedRegion}), the
 * region serving now ({@code targetRegion}), and options with their defaults.
 */
@JsonIgnoreProperties({WorkflowRequests.STARTED_BY})
@Value.Builder
public record FailbackRequest(
    String failedRegion,
    String targetRegion,
    @Nullable ShiftInput.Method method,
    @Nullable Long drainTimeoutSeconds,
    @Nullable String trigger,
    @Nullable String reason) implements WorkflowRequest {

  public FailbackRequest {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    method = Require.orDefault(method, ShiftInput.Method.HEALTH_CHECK);
    drainTimeoutSeconds = DrainInput.TIMEOUT_SECONDS.of("drainTimeoutSeconds", drainTimeoutSeconds);
  }
  @Override
  public Map<String, String> namedRegions() {
    return Map.of("failedRegion", failedRegion, "targetRegion", targetRegion);
  }

}
