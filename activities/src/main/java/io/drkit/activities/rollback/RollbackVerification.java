package io.drkit.activities.rollback;

import DR.RollbackFailed;
import io.drkit.activities.traffic.FailoverRouting;
import java.util.Optional;

/** VerifyRollback: each given target is as the rollback left it, else {@code DR.RollbackFailed}. */
public final class RollbackVerification {

  private final RouterAlias alias;
  private final TableBackups backups;
  private final Optional<FailoverRouting> routing;

  public RollbackVerification(RouterAlias alias, TableBackups backups, Optional<FailoverRouting> routing) {
    this.alias = alias;
    this.backups = backups;
    this.routing = routing;
  }

  public RollbackVerified verify(VerifyRollbackInput input) {
    if (input.aliasVersion() != null) {
      String actual = alias.currentVersion().orElse("none");
      if (!actual.equals(input.aliasVersion())) {
        throw new RollbackFailed("the alias points at version " + actual + ", not " + input.aliasVersion());
      }
    }
    if (input.targetTableName() != null && !backups.exists(input.targetTableName())) {
      throw new RollbackFailed("the restored table " + input.targetTableName() + " does not exist");
    }
    if (input.primaryRegion() != null) {
      String actual = routing.flatMap(FailoverRouting::primaryRegion).orElse("none");
      if (!actual.equals(input.primaryRegion())) {
        throw new RollbackFailed("the PRIMARY record is " + actual + ", not " + input.primaryRegion());
      }
    }
    return new RollbackVerified(input.aliasVersion(), input.targetTableName(), input.primaryRegion(), true);
  }
}
