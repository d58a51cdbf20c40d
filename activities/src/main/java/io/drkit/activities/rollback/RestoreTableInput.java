package io.drkit.activities.rollback;

import DR.InvalidInput;
import com.fasterxml.jackson.annotation.JsonValue;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.Require;
import java.time.Instant;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Input of RestoreTable: the new table to restore into, and from what: a point in time (default the latest
 * restorable) or a backup (its ARN required).
 */
@Value.Builder
public record RestoreTableInput(String targetTableName, @Nullable Source source, @Nullable Instant restoreTime,
    @Nullable String backupArn) {

  public RestoreTableInput {
    Require.text("targetTableName", targetTableName);
    source = Require.orDefault(source, Source.POINT_IN_TIME);
    if (source == Source.BACKUP && (backupArn == null || backupArn.isBlank())) {
      throw new InvalidInput("'backupArn' is required when 'source' is backup");
    }
  }

  /** What a table is restored from. */
  public enum Source {
    POINT_IN_TIME, BACKUP;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
