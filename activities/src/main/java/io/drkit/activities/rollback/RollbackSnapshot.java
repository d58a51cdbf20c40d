package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;

/** Output of TakeSnapshot: its id, the on-demand backup, how many routing records were saved, the alias version. */
public record RollbackSnapshot(String snapshotId, String backupArn, @Nullable Integer records,
    @Nullable String aliasVersion) {}
