package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import io.drkit.activities.rollback.RestoreTableInput;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the Rollback workflow is started with: which targets to undo (alias, table, routing; none is a snapshot
 * only), the alias's version to return to, whether an alarm started it, how to restore the table, the snapshot whose
 * routing to put back. The regions name where it runs, for the notification; an alarm's rule gives the same region
 * twice.
 */
@Value.Builder
@JsonIgnoreProperties({WorkflowRequests.STARTED_BY})
public record RollbackRequest(
    @Nullable String failedRegion,
    @Nullable String targetRegion,
    @Nullable List<Target> targets,
    @Nullable String toVersion,
    @Nullable Boolean automatic,
    @Nullable Restore restore,
    @Nullable String snapshotId,
    @Nullable Instant detectedAt,
    @Nullable String trigger,
    @Nullable String reason) implements WorkflowRequest {

  public RollbackRequest {
    if (failedRegion != null) {
      Require.region("failedRegion", failedRegion);
    }
    if (targetRegion != null) {
      Require.region("targetRegion", targetRegion);
    }
    targets = targets == null ? List.of() : Require.list("targets", targets);
    automatic = Require.orDefault(automatic, false);
    restore = Require.orDefault(restore, new Restore(null, null, null, null));
    if (targets.contains(Target.ROUTING) && (snapshotId == null || snapshotId.isBlank())) {
      throw new DR.InvalidInput("'snapshotId' is required when 'targets' holds routing");
    }
  }
  @Override
  public Map<String, String> namedRegions() {
    Map<String, String> named = new java.util.LinkedHashMap<>();
    if (failedRegion != null) {
      named.put("failedRegion", failedRegion);
    }
    if (targetRegion != null) {
      named.put("targetRegion", targetRegion);
    }
    return named;
  }


  /** What a rollback can undo. */
  public enum Target {
    ALIAS, TABLE, ROUTING;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the table is restored: into which new table (default dr-items-restored), from what. */
  @Value.Builder
  public record Restore(@Nullable RestoreTableInput.Source source, @Nullable String targetTableName,
      @Nullable Instant restoreTime, @Nullable String backupArn) {

    public Restore {
      source = Require.orDefault(source, RestoreTableInput.Source.POINT_IN_TIME);
      targetTableName = Require.orDefault(targetTableName, "dr-items-restored");
      Require.text("targetTableName", targetTableName);
      if (source == RestoreTableInput.Source.BACKUP && (backupArn == null || backupArn.isBlank())) {
        throw new DR.InvalidInput("'backupArn' is required when 'source' is backup");
      }
    }
  }
}
