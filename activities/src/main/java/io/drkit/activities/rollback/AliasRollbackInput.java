package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;
import org.immutables.value.Value;

/**
 * Input of RollbackAlias: the version to return to (default the one before the current), and whether an alarm
 * started it (an automatic rollback never goes past a version a rollback already returned to).
 */
@Value.Builder
public record AliasRollbackInput(@Nullable String toVersion, @Nullable Boolean automatic) {

  public AliasRollbackInput {
    if (toVersion != null && toVersion.isBlank()) {
      toVersion = null;
    }
    automatic = automatic != null && automatic;
  }
}
