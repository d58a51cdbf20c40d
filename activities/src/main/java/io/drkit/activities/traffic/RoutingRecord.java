package io.drkit.activities.traffic;

import io.drkit.activities.contract.Nullable;
import java.util.List;

/**
 * One failover record of the service name, as saved in a routing snapshot and put back by a rollback: its
 * SetIdentifier is its region, {@code failover} PRIMARY or SECONDARY, with the health check of its region.
 */
public record RoutingRecord(String name, String type, @Nullable String setIdentifier, @Nullable String failover,
    @Nullable Long ttl, @Nullable String healthCheckId, @Nullable List<String> values, @Nullable Alias alias) {

  public RoutingRecord {
    values = values == null ? null : List.copyOf(values);
  }

  /** An alias record's target (a load balancer). */
  public record Alias(String hostedZoneId, String dnsName, boolean evaluateTargetHealth) {}

  public boolean primary() {
    return "PRIMARY".equals(failover);
  }

  public RoutingRecord withFailover(String role) {
    return new RoutingRecord(name, type, setIdentifier, role, ttl, healthCheckId, values, alias);
  }
}
