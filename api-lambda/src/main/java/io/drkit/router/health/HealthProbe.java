package io.drkit.router.health;

import java.time.Instant;
import java.util.Optional;

/** A deep check of this region (the port): both tables answer, and what the control table says. */
public interface HealthProbe {

  /**
   * Reads the tables within a short timeout.
   *
   * @throws io.drkit.router.items.StoreUnavailableException when they do not answer in time
   */
  Report probe();

  /** What the probe read: this region's fence, and when the peer's health-checker last wrote its heartbeat. */
  record Report(boolean fenced, Optional<String> fenceReason, Optional<Instant> peerHeartbeat) {}
}
