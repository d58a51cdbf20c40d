package io.drkit.harness.lab.dns;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What Route 53 answers for one name and type under the failover routing policy: the PRIMARY record while its health
 * check is healthy, else the SECONDARY while its own is; when both are unhealthy Route 53 answers with the PRIMARY,
 * as it treats a group with no healthy record as all healthy. A record without a health check is always healthy.
 */
public record FailoverAnswer(String setIdentifier, String role, List<String> values, long ttlSeconds) {

  /** One failover record set as read from the Route 53 API. */
  public record Candidate(String setIdentifier, String role, Optional<String> healthCheckId, List<String> values,
      long ttlSeconds) {
    boolean healthy(Predicate<String> healthCheckHealthy) {
      return healthCheckId.map(healthCheckHealthy::test).orElse(true);
    }

    FailoverAnswer answer() {
      return new FailoverAnswer(setIdentifier, role, values, ttlSeconds);
    }
  }

  public static Optional<FailoverAnswer> choose(List<Candidate> candidates, Predicate<String> healthCheckHealthy) {
    Optional<Candidate> primary = candidates.stream().filter(c -> "PRIMARY".equals(c.role())).findFirst();
    Optional<Candidate> secondary = candidates.stream().filter(c -> "SECONDARY".equals(c.role())).findFirst();
    if (primary.isPresent() && primary.get().healthy(healthCheckHealthy)) {
      return primary.map(Candidate::answer);
    }
    if (secondary.isPresent() && secondary.get().healthy(healthCheckHealthy)) {
      return secondary.map(Candidate::answer);
    }
    return primary.or(() -> secondary).map(Candidate::answer);
  }
}
