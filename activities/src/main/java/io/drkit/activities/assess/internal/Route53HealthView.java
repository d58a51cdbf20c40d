package io.drkit.activities.assess.internal;

import io.drkit.activities.assess.OutsideView;
import io.drkit.activities.assess.Route53Checkers;
import io.drkit.activities.traffic.RoutingRecord;
import io.drkit.activities.traffic.FailoverRouting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;

/**
 * {@link OutsideView} from Route 53's health checkers: the latest report of each checker for the health check on the
 * region's failover record. Route 53 calls an endpoint healthy when more than 18 % of its checkers report it healthy;
 * that is the verdict here.
 */
public final class Route53HealthView implements OutsideView {

  private static final System.Logger LOG = System.getLogger(Route53HealthView.class.getName());

  /** Reports older than this are left out: three of the slowest (30 s) checks, and then some. */
  static final Duration RECENT = Duration.ofMinutes(2);

  private final Supplier<Route53Client> route53;
  private final FailoverRouting records;
  private final Clock clock;

  public Route53HealthView(Supplier<Route53Client> route53, FailoverRouting records, Clock clock) {
    this.route53 = route53;
    this.records = records;
    this.clock = clock;
  }

  /** Empty when the region's record has no health check, or the Route 53 API does not answer (logged). */
  @Override
  public Optional<OutsideVerdict> of(String region) {
    try {
      Optional<String> healthCheck = records.current().stream().filter(r -> region.equals(r.setIdentifier()))
          .map(RoutingRecord::healthCheckId).filter(Objects::nonNull).findFirst();
      if (healthCheck.isEmpty()) {
        return Optional.empty();
      }
      // a checker whose latest report is old says nothing about now
      Instant recent = clock.instant().minus(RECENT);
      List<HealthCheckObservation> observations = route53.get()
          .getHealthCheckStatus(b -> b.healthCheckId(healthCheck.get())).healthCheckObservations().stream()
          .filter(o -> o.statusReport() != null && o.statusReport().checkedTime() != null
              && o.statusReport().checkedTime().isAfter(recent))
          .toList();
      int healthy = (int) observations.stream().filter(Route53Checkers::reportsHealthy).count();
      return Optional.of(new OutsideVerdict(healthCheck.get(), observations.size(), healthy));
    } catch (RuntimeException e) {
      // the failover must not wait on this question; say why it went unanswered
      LOG.log(System.Logger.Level.WARNING, "Route 53's view of " + region + " is unavailable: " + e);
      return Optional.empty();
    }
  }
}
