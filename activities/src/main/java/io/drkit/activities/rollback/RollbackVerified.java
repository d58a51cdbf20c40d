package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;

/** Output of VerifyRollback: what was found as expected. */
public record RollbackVerified(@Nullable String aliasVersion, @Nullable String restoredTable,
    @Nullable String primaryRegion, boolean verified) {}
