package io.drkit.activities.assess;

import com.fasterxml.jackson.annotation.JsonValue;
import io.drkit.activities.contract.Bounds;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Input of AssessRegions: the region thought failed and the one to move to; the mode (an operator's planned,
 * graceful move, or an ungraceful failover, the default); after how long the failed region's heartbeat counts as
 * stale (1 to 3600 s, default 150); and whether a fenced target is acceptable (a failback's check of the region it
 * returns to).
 */
@Value.Builder
public record AssessInput(String failedRegion, String targetRegion, @Nullable Mode mode,
    @Nullable Long staleAfterSeconds, @Nullable Boolean acceptFenced) {

  /**
   * A heartbeat younger than this means the region's health-checker is still running: 2.5 times the checker's
   * 1-minute schedule, so a running checker's heartbeat always counts as fresh. Deployments with another schedule
   * (the lab's fast profile) pass their own {@code staleAfterSeconds}.
   */
  public static final Bounds STALE_AFTER_SECONDS = new Bounds(150, 1, 3600);

  public AssessInput {
    Require.twoRegions("failedRegion", failedRegion, "targetRegion", targetRegion);
    mode = Require.orDefault(mode, Mode.UNGRACEFUL);
    staleAfterSeconds = STALE_AFTER_SECONDS.of("staleAfterSeconds", staleAfterSeconds);
    acceptFenced = Require.orDefault(acceptFenced, false);
  }

  /** A planned move, or a failover after a failure. */
  public enum Mode {
    GRACEFUL, UNGRACEFUL;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
