package io.drkit.activities.lock;

import java.time.Instant;

/** Output of AcquireLock: the lock now held, by whom, until when. */
public record LockGrant(String lock, String owner, Instant acquiredAt, Instant expiresAt) {}
