package io.drkit.router.replication;

import java.util.Locale;

/** When a write is acknowledged: see {@link ReplicationGate}. */
public enum WriteMode {
  ASYNC,
  REPLICATED;

  public static WriteMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("write mode must be 'async' or 'replicated', not '" + text + "'", e);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
