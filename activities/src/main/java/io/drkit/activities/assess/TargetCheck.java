package io.drkit.activities.assess;

import io.drkit.activities.contract.Nullable;

/** How the target region was checked: its /health URL and status, or, without a URL, whether its tables answer. */
public record TargetCheck(@Nullable String url, @Nullable String status, @Nullable String tables) {}
