package io.drkit.activities.health;

import io.drkit.activities.contract.Nullable;

/** What one region's checker saw of a peer: healthy (answers, not fenced here), fenced here, heartbeat age. */
public record PeerHealth(boolean healthy, boolean fenced, @Nullable Long heartbeatAgeMs) {}
