package io.drkit.activities.lock;

/** Output of ReleaseLock: whether this call released it (false: it was not held by that owner). */
public record LockRelease(String lock, boolean released) {}
