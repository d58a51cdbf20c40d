package io.drkit.harness.drill.load;

import java.time.Duration;

/**
 * The load a drill applies: writers insert items with unique values, updaters overwrite a shared set of keys (where
 * conflicts happen), readers read items the writers were told are stored. Each client pauses between operations.
 */
public record LoadProfile(int writers, int updaters, int readers, int sharedKeys, Duration pause,
    Duration requestTimeout) {

  public LoadProfile {
    if (writers < 0 || updaters < 0 || readers < 0 || writers + updaters + readers == 0) {
      throw new IllegalArgumentException("a load has at least one client and no negative counts");
    }
    if (updaters > 0 && sharedKeys < 1) {
      throw new IllegalArgumentException("updaters need at least one shared key");
    }
    if (pause.isNegative() || requestTimeout.isZero() || requestTimeout.isNegative()) {
      throw new IllegalArgumentException("the pause must not be negative, the request timeout positive");
    }
  }
}
