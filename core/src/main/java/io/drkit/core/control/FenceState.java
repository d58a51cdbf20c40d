package io.drkit.core.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a region refuses writes. A fenced region answers writes with 503 {@code region_fenced} and reports
 * itself unhealthy, so that no client can write to both sides of a failover.
 */
public record FenceState(String region, boolean fenced, Optional<String> reason, Optional<Instant> changedAt) {

  public FenceState {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(changedAt, "changedAt");
  }

  public static FenceState open(String region) {
    return new FenceState(region, false, Optional.empty(), Optional.empty());
  }
}
