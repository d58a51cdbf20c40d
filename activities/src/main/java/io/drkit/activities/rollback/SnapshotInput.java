package io.drkit.activities.rollback;

import io.drkit.activities.contract.Require;

/** Input of TakeSnapshot: the token that names it (the execution's name): a retry finds the same snapshot. */
public record SnapshotInput(String token) {

  public SnapshotInput {
    Require.text("token", token);
  }
}
