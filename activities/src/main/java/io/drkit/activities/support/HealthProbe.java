package io.drkit.activities.support;

import java.net.URI;
import java.util.Optional;

/** One GET of a region's /health, bounded by a short timeout: a dead region answers nothing, quickly. */
@FunctionalInterface
public interface HealthProbe {

  /** What answered, or empty when nothing did within the timeout. */
  Optional<ProbeResult> get(URI url);
}
