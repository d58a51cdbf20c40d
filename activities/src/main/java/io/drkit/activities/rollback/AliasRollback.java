package io.drkit.activities.rollback;

import DR.RollbackFailed;
import io.drkit.activities.control.ControlReplica;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.ActivitySettings;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * RollbackAlias: points the router alias at the given version, or the one before it. An automatic rollback (an
 * alarm started it) never goes past a version a rollback already returned to: a second alarm on the same version
 * leaves the alias where it is, so a fault that no deploy caused cannot walk the alias back through every release.
 */
public final class AliasRollback {

  private final ActivitySettings settings;
  private final RouterAlias alias;
  private final ControlReplicas control;
  private final Clock clock;

  public AliasRollback(ActivitySettings settings, RouterAlias alias, ControlReplicas control, Clock clock) {
    this.settings = settings;
    this.alias = alias;
    this.control = control;
    this.clock = clock;
  }

  public AliasChange rollBack(AliasRollbackInput input) {
    String current = alias.currentVersion().orElseThrow(() -> new RollbackFailed("the alias " + alias.alias()
        + " of " + alias.function() + " does not exist"));
    // one marker per region: the control table replicates, and each region's alias is rolled back on its own
    String key = "rolled-back#" + settings.region() + "#" + alias.function();
    ControlReplica replica = control.in(settings.region());
    if (input.automatic()) {
      Optional<String> returnedTo = replica.marker(key).map(m -> m.get("to"));
      if (returnedTo.filter(current::equals).isPresent()) {
        return new AliasChange(alias.function(), alias.alias(), current, current,
            "version " + current + " is where a rollback already returned; no deploy to undo");
      }
    }
    String target = input.toVersion() != null ? published(input.toVersion()) : previousVersion(current);
    if (!target.equals(current)) {
      // the marker first: a retry after the alias moved but before an answer came then stops at the marker
      replica.putMarker(key, Map.of("from", current, "to", target, "at", clock.instant().toString()), Optional.empty());
      alias.pointAt(target);
    }
    return new AliasChange(alias.function(), alias.alias(), current, target, null);
  }

  /** Checked before the marker is written: a failed move must not replace the record of where a rollback stopped. */
  private String published(String version) {
    if (!alias.versions().contains(version)) {
      throw new RollbackFailed("version " + version + " of " + alias.function() + " was never published");
    }
    return version;
  }

  private String previousVersion(String current) {
    if (!current.matches("\\d+")) {
      throw new RollbackFailed("the alias points at " + current + ", not a published version; give toVersion");
    }
    long now = Long.parseLong(current);
    return alias.versions().stream()
        .filter(v -> v.matches("\\d+") && Long.parseLong(v) < now)
        .max(Comparator.comparingLong(Long::parseLong))
        .orElseThrow(() -> new RollbackFailed("there is no published version before " + current + " of "
            + alias.function()));
  }
}
