package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;

/** Output of RestoreTable: the table, whether this call restored it, from what; a note when it existed already. */
public record TableRestored(String targetTableName, boolean restored, @Nullable RestoreTableInput.Source source,
    @Nullable String note) {}
