package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;
import org.immutables.value.Value;

/** Input of VerifyRollback: each target to check, as the rollback should have left it; absent ones are not checked. */
@Value.Builder
public record VerifyRollbackInput(@Nullable String aliasVersion, @Nullable String targetTableName,
    @Nullable String primaryRegion) {}
