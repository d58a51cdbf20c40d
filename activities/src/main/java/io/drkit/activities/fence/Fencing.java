package io.drkit.activities.fence;

import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.ActivitySettings;
import java.time.Clock;

/**
 * Sets and lifts a region's fence, always through this region's replica of the control table (the recovery region
 * during a failover): the fence replicates to the fenced region, which then refuses every write.
 */
public final class Fencing {

  private final ActivitySettings settings;
  private final ControlReplicas control;
  private final Clock clock;

  public Fencing(ActivitySettings settings, ControlReplicas control, Clock clock) {
    this.settings = settings;
    this.control = control;
    this.clock = clock;
  }

  public FenceChange fence(FenceInput input) {
    return set(input, true);
  }

  public FenceChange unfence(FenceInput input) {
    return set(input, false);
  }

  private FenceChange set(FenceInput input, boolean fenced) {
    settings.config(input.region());
    String reason = input.reason() != null ? input.reason() : fenced ? "failover" : "failback";
    control.in(settings.region()).setFence(input.region(), fenced, reason, clock.instant());
    return new FenceChange(input.region(), fenced, settings.region());
  }
}
