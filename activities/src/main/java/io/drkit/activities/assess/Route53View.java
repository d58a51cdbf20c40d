package io.drkit.activities.assess;

import io.drkit.activities.support.Clients;
import io.drkit.activities.traffic.FailoverRecords;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * How Route 53's health checkers, outside both regions, see a region right now: the latest report of each checker
 * for the health check on the region's failover record. Route 53 calls an endpoint healthy when more than 18 % of
 * its checkers report it healthy; that is the verdict here. It is the witness that tells an outage (nobody reaches
 * the region) from a partition between the regions (Route 53 and the clients still reach it).
 */
final class Route53View {

  /** Reports older than this are left out: three of the slowest (30 s) checks, and then some. */
  static final java.time.Duration RECENT = java.time.Duration.ofMinutes(2);

  /** Route 53's verdict on one region, and what it rests on. */
  record Verdict(String healthCheckId, int checkers, int reportingHealthy) {
    boolean healthy() {
      return Route53Checkers.healthy(checkers, reportingHealthy);
    }
  }

  private final Clients clients;

  Route53View(Clients clients) {
    this.clients = clients;
  }

  /**
   * Route 53's verdict on the region, or empty when it cannot be had: no hosted zone configured, no health check on
   * the region's record, or the Route 53 API not answering (a question the failover must not wait on).
   */
  Optional<Verdict> of(String region) {
    var settings = clients.settings();
    if (settings.hostedZoneId().isEmpty() || settings.recordName().isEmpty()) {
      return Optional.empty();
    }
    try {
      FailoverRecords records = new FailoverRecords(clients.route53(), settings.hostedZoneId().get(),
          settings.recordName().get());
      Optional<String> healthCheck = records.current().stream().filter(r -> region.equals(r.setIdentifier()))
          .map(ResourceRecordSet::healthCheckId).filter(id -> id != null).findFirst();
      if (healthCheck.isEmpty()) {
        return Optional.empty();
      }
      // a checker whose latest report is old says nothing about now
      java.time.Instant recent = java.time.Instant.now().minus(RECENT);
      List<HealthCheckObservation> observations = clients.route53()
          .getHealthCheckStatus(b -> b.healthCheckId(healthCheck.get())).healthCheckObservations().stream()
          .filter(o -> o.statusReport() != null && o.statusReport().checkedTime() != null
              && o.statusReport().checkedTime().isAfter(recent))
          .toList();
      int healthy = (int) observations.stream().filter(Route53Checkers::reportsHealthy).count();
      return Optional.of(new Verdict(healthCheck.get(), observations.size(), healthy));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
