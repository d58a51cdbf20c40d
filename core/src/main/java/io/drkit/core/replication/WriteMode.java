package io.drkit.core.replication;

import java.util.Locale;

/**
 * When a write is acknowledged: {@code async} at once (RPO is the replication lag), {@code replicated} once the peer
 * region serves it. The router acts on it; the harness names it in drills and on the command line.
 */
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
