package io.drkit.activities.rollback;

import io.drkit.activities.contract.Nullable;

/** Output of RollbackAlias: the alias moved from one version to another, or was left (with the reason why). */
public record AliasChange(String function, String alias, String from, String to, @Nullable String skipped) {}
