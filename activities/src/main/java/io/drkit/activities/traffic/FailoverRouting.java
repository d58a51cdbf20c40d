package io.drkit.activities.traffic;

import java.util.List;
import java.util.Optional;

/**
 * The service name's failover records (Route 53 deployed): one per region, one PRIMARY and one SECONDARY. Only the
 * record-swap traffic shift and the routing rollback change them; the default shift is health-check driven.
 */
public interface FailoverRouting {

  List<RoutingRecord> current();

  /** The region whose record is PRIMARY. */
  default Optional<String> primaryRegion() {
    return current().stream().filter(RoutingRecord::primary).map(RoutingRecord::setIdentifier).findFirst();
  }

  /** Makes the region's record PRIMARY and the other SECONDARY in one atomic change; false if already so. */
  boolean makePrimary(String region);

  /** Puts records back as they were. */
  void restore(List<RoutingRecord> saved);
}
