package io.drkit.activities.rollback;

import io.drkit.activities.contract.Require;

/** Input of RestoreRouting: the snapshot whose routing records to put back. */
public record RestoreRoutingInput(String snapshotId) {

  public RestoreRoutingInput {
    Require.text("snapshotId", snapshotId);
  }
}
