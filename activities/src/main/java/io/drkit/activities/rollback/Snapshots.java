package io.drkit.activities.rollback;

import com.fasterxml.jackson.core.type.TypeReference;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.traffic.FailoverRouting;
import io.drkit.activities.traffic.RoutingRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TakeSnapshot: what a rollback is about to change, kept first: an on-demand backup of the item table, the routing
 * records (in this region's control table), and the alias's version. Taking it again with the same token finds the
 * same backup.
 */
public final class Snapshots {

  static final String RECORDS = "records";

  private final ActivitySettings settings;
  private final TableBackups backups;
  private final Optional<FailoverRouting> routing;
  private final RouterAlias alias;
  private final ControlReplicas control;
  private final Clock clock;

  public Snapshots(ActivitySettings settings, TableBackups backups, Optional<FailoverRouting> routing,
      RouterAlias alias, ControlReplicas control, Clock clock) {
    this.settings = settings;
    this.backups = backups;
    this.routing = routing;
    this.alias = alias;
    this.control = control;
    this.clock = clock;
  }

  public RollbackSnapshot take(SnapshotInput input) {
    String backupName = "dr-rollback-" + input.token().replaceAll("[^A-Za-z0-9_.-]", "-");
    String backupArn = backups.findBackup(backupName).orElseGet(() -> backups.createBackup(backupName));
    Integer saved = routing.map(r -> {
      List<RoutingRecord> records = r.current();
      control.in(settings.region()).putMarker(key(input.token()), Map.of(RECORDS, StepJson.text(records),
          "takenAt", clock.instant().toString()), Optional.empty());
      return records.size();
    }).orElse(null);
    return new RollbackSnapshot(input.token(), backupArn, saved, alias.currentVersion().orElse(null));
  }

  /** The routing records a snapshot saved, if it saved any. */
  Optional<List<RoutingRecord>> records(String snapshotId) {
    return control.in(settings.region()).marker(key(snapshotId)).map(m -> m.get(RECORDS))
        .map(json -> StepJson.convert(StepJson.parse(json), new TypeReference<List<RoutingRecord>>() {}));
  }

  private static String key(String token) {
    return "snapshot#" + token;
  }
}
