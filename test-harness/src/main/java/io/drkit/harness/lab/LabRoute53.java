package io.drkit.harness.lab;

import io.drkit.harness.events.LabEvents;
import io.drkit.harness.lab.dns.FailoverZone;
import io.drkit.harness.lab.dns.LabDnsServer;
import io.drkit.harness.lab.dns.LabHealthCheckers;
import io.drkit.harness.lab.dns.Route53Endpoint;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * Route 53 for the lab, configured through the Route 53 API as the Terraform configures it (a hosted zone, an HTTP
 * health check of each region's /health, failover records: the first region PRIMARY, the second SECONDARY, each
 * with its health check), and served by the lab's health checkers and DNS server. Records are A records of each
 * region's loopback address, where the Terraform has aliases of each region's ALB.
 */
public final class LabRoute53 implements AutoCloseable {

  public static final String ZONE = "drkit.lab";
  public static final String SERVICE_NAME = "api." + ZONE;

  private final String zoneId;
  private final Map<String, String> healthCheckRegion = new LinkedHashMap<>();
  private final LabHealthCheckers checkers;
  private final LabDnsServer dns;
  private final Route53Endpoint api;
  private final Route53Client route53;

  private LabRoute53(Route53Client route53, String zoneId, LabHealthCheckers checkers, LabDnsServer dns, Route53Endpoint api,
      Map<String, String> checks) {
    this.route53 = route53;
    this.zoneId = zoneId;
    this.checkers = checkers;
    this.dns = dns;
    this.api = api;
    this.healthCheckRegion.putAll(checks);
  }

  /**
   * @param route53 a client of the local AWS endpoint that holds Route 53's configuration, {@code apiEndpoint}
   * @param regionAddresses each region's listener address, the first region PRIMARY
   */
  public static LabRoute53 start(Route53Client route53, URI apiEndpoint, Map<String, InetSocketAddress> regionAddresses,
      LabProfile profile, LabEvents events) {
    String zoneId = route53.createHostedZone(b -> b.name(ZONE).callerReference("drkit-lab-" + System.nanoTime()))
        .hostedZone().id();
    Map<String, String> checks = new LinkedHashMap<>();
    List<String> regions = List.copyOf(regionAddresses.keySet());
    for (String region : regions) {
      InetSocketAddress address = regionAddresses.get(region);
      String ip = address.getAddress().getHostAddress();
      // the API takes 10 or 30 s; the lab profile's interval is applied by the lab's checkers
      String checkId = route53.createHealthCheck(b -> b.callerReference(region + "-" + System.nanoTime())
          .healthCheckConfig(c -> c.type(HealthCheckType.HTTP).ipAddress(ip).port(address.getPort())
              .resourcePath("/health").requestInterval(10).failureThreshold(profile.failureThreshold())))
          .healthCheck().id();
      checks.put(checkId, region);
      ResourceRecordSetFailover role = region.equals(regions.get(0))
          ? ResourceRecordSetFailover.PRIMARY : ResourceRecordSetFailover.SECONDARY;
      route53.changeResourceRecordSets(b -> b.hostedZoneId(zoneId).changeBatch(c -> c.changes(ch -> ch
          .action(ChangeAction.UPSERT).resourceRecordSet(r -> r.name(SERVICE_NAME).type(RRType.A)
              .ttl(profile.dnsTtlSeconds()).setIdentifier(region).failover(role).healthCheckId(checkId)
              .resourceRecords(v -> v.value(ip))))));
    }
    LabDnsServer[] dns = new LabDnsServer[1];
    LabHealthCheckers[] checkers = new LabHealthCheckers[1];
    checkers[0] = new LabHealthCheckers(route53, Optional.of(profile.healthCheckInterval()), id -> {
      events.record("health", LabEvents.detail().put("region", checks.get(id)).put("health_check", id)
          .put("healthy", checkers[0].healthy(id)));
      if (dns[0] != null) {
        dns[0].reevaluate();
      }
    });
    checkers[0].start(Duration.ofSeconds(1));
    dns[0] = LabDnsServer.start(new FailoverZone(route53, zoneId), 0, Duration.ofMillis(250), checkers[0]::healthy,
        change -> events.record("dns", LabEvents.detail().put("name", change.name())
            .put("from", change.from().orElse(null)).put("to", change.to().orElse(null))));
    dns[0].answer(SERVICE_NAME); // the first answer is the baseline the changes are told against
    Route53Endpoint api = Route53Endpoint.start(apiEndpoint, checkers[0]::observation);
    return new LabRoute53(route53, zoneId, checkers[0], dns[0], api, checks);
  }

  public String zoneId() {
    return zoneId;
  }

  /** Where the activities call the Route 53 API: health check status from the lab's checkers, the rest stored. */
  public URI apiUrl() {
    return api.url();
  }

  public InetSocketAddress dnsAddress() {
    return dns.address();
  }

  /** The region DNS answers now. */
  public Optional<String> answering() {
    return dns.answer(SERVICE_NAME).map(a -> a.setIdentifier());
  }

  /** Whether Route 53 considers the region's health check healthy. */
  public boolean healthy(String region) {
    return healthCheckRegion.entrySet().stream().filter(e -> e.getValue().equals(region))
        .allMatch(e -> checkers.healthy(e.getKey()));
  }

  /**
   * Inverts (or restores) the region's health check through the Route 53 API, as an operator or a fault-injection
   * experiment would: Route 53 then reports the opposite of what its checkers see.
   */
  public void invert(String region, boolean inverted) {
    healthCheckRegion.entrySet().stream().filter(e -> e.getValue().equals(region)).map(Map.Entry::getKey)
        .forEach(id -> route53.updateHealthCheck(b -> b.healthCheckId(id).inverted(inverted)));
  }

  @Override
  public void close() {
    api.close();
    dns.close();
    checkers.close();
  }
}
