package io.drkit.activities.assess;

import java.util.Optional;

/**
 * How checkers outside both regions see a region right now (Route 53's health checkers, deployed): the witness that
 * tells an outage (nobody reaches the region) from a partition between the regions (the world still reaches it).
 */
@FunctionalInterface
public interface OutsideView {

  /** The outside verdict on the region, or empty when it cannot be had (not configured, or not answering). */
  Optional<OutsideVerdict> of(String region);

  /** A view that never answers: the assessment then decides on heartbeats alone. */
  static OutsideView none() {
    return region -> Optional.empty();
  }

  /** What the outside checkers report: how many looked recently, how many found the region healthy. */
  record OutsideVerdict(String healthCheckId, int checkers, int reportingHealthy) {
    @com.fasterxml.jackson.annotation.JsonProperty("healthy")
    public boolean healthy() {
      return Route53Checkers.healthy(checkers, reportingHealthy);
    }
  }
}
