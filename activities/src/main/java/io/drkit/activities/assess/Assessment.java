package io.drkit.activities.assess;

import io.drkit.activities.assess.OutsideView.OutsideVerdict;
import io.drkit.activities.contract.Nullable;
import java.time.Instant;

/**
 * Output of AssessRegions: the target's health, what the target's replica says of the failed region (fence,
 * heartbeat age and self checks), the outside view when it was asked, and the decision the workflow's Choice reads:
 * {@code alreadyFailedOver}, {@code partitionSuspected}, {@code falseAlarm}, with a verdict in words.
 */
public record Assessment(
    String failedRegion,
    String targetRegion,
    TargetCheck target,
    boolean targetHealthy,
    boolean failedFenced,
    @Nullable Long failedHeartbeatAgeMs,
    @Nullable String failedSelfChecks,
    boolean failedHeartbeatFresh,
    @Nullable Integer failedHealthStatus,
    @Nullable OutsideVerdict route53,
    boolean partitionSuspected,
    boolean falseAlarm,
    boolean alreadyFailedOver,
    String verdict,
    Instant assessedAt) {}
