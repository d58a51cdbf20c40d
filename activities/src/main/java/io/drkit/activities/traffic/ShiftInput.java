package io.drkit.activities.traffic;

import com.fasterxml.jackson.annotation.JsonValue;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.util.Locale;

/** Input of ShiftTraffic: the region to move clients to, and how (default health-check driven). */
public record ShiftInput(String targetRegion, @Nullable Method method) {

  public ShiftInput {
    Require.region("targetRegion", targetRegion);
    method = Require.orDefault(method, Method.HEALTH_CHECK);
  }

  /** How traffic moves: by the fenced region failing its health check, or by swapping the failover records too. */
  public enum Method {
    HEALTH_CHECK, RECORD_SWAP;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
