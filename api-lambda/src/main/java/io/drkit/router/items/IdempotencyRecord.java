package io.drkit.router.items;

import java.time.Instant;
import java.util.Objects;

/**
 * What a POST with an {@code Idempotency-Key} created: a replay with the same key and body gets this item back
 * and writes nothing. {@code fingerprint} is a digest of the body, so that reusing a key for another body is caught.
 */
public record IdempotencyRecord(String key, String fingerprint, Item item, Instant expiresAt) {

  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
