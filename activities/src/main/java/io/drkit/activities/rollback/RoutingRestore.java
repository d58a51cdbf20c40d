package io.drkit.activities.rollback;

import DR.InvalidInput;
import io.drkit.activities.traffic.FailoverRouting;
import io.drkit.activities.traffic.RoutingRecord;
import java.util.List;
import java.util.Optional;

/** RestoreRouting: puts the routing records back as a snapshot saved them. */
public final class RoutingRestore {

  private final Optional<FailoverRouting> routing;
  private final Snapshots snapshots;

  public RoutingRestore(Optional<FailoverRouting> routing, Snapshots snapshots) {
    this.routing = routing;
    this.snapshots = snapshots;
  }

  public RoutingRestored restore(RestoreRoutingInput input) {
    FailoverRouting records = routing.orElseThrow(() -> new InvalidInput("routing needs HOSTED_ZONE_ID and RECORD_NAME"));
    List<RoutingRecord> saved = snapshots.records(input.snapshotId())
        .orElseThrow(() -> new InvalidInput("there is no routing snapshot " + input.snapshotId()));
    records.restore(saved);
    return new RoutingRestored(saved.size());
  }
}
