package io.drkit.harness.lab.dns;

import static io.drkit.harness.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.drkit.activities.traffic.internal.Route53FailoverRouting;
import io.drkit.localaws.LocalAws;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * The lab's Route 53 data plane against the Route 53 API on local AWS: health checks and failover records configured
 * through the API, two regional endpoints on their own loopback addresses, DNS answers over UDP.
 */
class LabRoute53Test {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions("ap-south-1");

  private static final String NAME = "api.lab.drkit.test";

  private final AtomicInteger primaryStatus = new AtomicInteger(200);
  private final AtomicInteger secondaryStatus = new AtomicInteger(200);
  private final List<LabDnsServer.AnswerChange> changes = new CopyOnWriteArrayList<>();
  private Route53Client route53;
  private HttpServer primary;
  private HttpServer secondary;
  private LabHealthCheckers checkers;
  private LabDnsServer dns;
  private String zoneId;
  private String primaryCheck;

  @BeforeEach
  void configure() throws IOException {
    route53 = aws.primary().clientSettings().build(Route53Client.builder());
    primary = endpoint("127.0.0.2", 0, primaryStatus);
    int port = primary.getAddress().getPort();
    secondary = endpoint("127.0.0.3", port, secondaryStatus);
    zoneId = route53.createHostedZone(b -> b.name("lab.drkit.test").callerReference("zone-" + System.nanoTime()))
        .hostedZone().id();
    primaryCheck = healthCheck("127.0.0.2", port);
    String secondaryCheck = healthCheck("127.0.0.3", port);
    record("ap-south-1", ResourceRecordSetFailover.PRIMARY, "127.0.0.2", primaryCheck);
    record("ap-southeast-1", ResourceRecordSetFailover.SECONDARY, "127.0.0.3", secondaryCheck);
    checkers = new LabHealthCheckers(route53, Optional.of(Duration.ofMillis(40)), id -> dns.reevaluate())
        .start(Duration.ofMillis(100));
    dns = LabDnsServer.start(new FailoverZone(route53, zoneId), 0, Duration.ofMillis(100), checkers::healthy,
        changes::add);
  }

  @AfterEach
  void stop() {
    dns.close();
    checkers.close();
    primary.stop(0);
    secondary.stop(0);
    route53.listHealthChecks().healthChecks().forEach(h -> route53.deleteHealthCheck(b -> b.healthCheckId(h.id())));
    route53.close();
  }

  @Test
  void answersThePrimaryWithTheRecordsTtlWhileItIsHealthy() throws Exception {
    TtlResolver client = new TtlResolver(dns.address(), Duration.ofSeconds(1));
    assertThat(client.resolve(NAME).getHostAddress()).isEqualTo("127.0.0.2");
    assertThat(dns.answer(NAME).orElseThrow().ttlSeconds()).isEqualTo(1);
  }

  @Test
  void failsOverToTheSecondaryAfterThresholdFailedChecksAndBackWhenThePrimaryRecovers() throws Exception {
    TtlResolver client = new TtlResolver(dns.address(), Duration.ofSeconds(1));
    assertThat(client.resolve(NAME).getHostAddress()).isEqualTo("127.0.0.2");

    primaryStatus.set(503);
    assertThat(eventually(() -> served().equals("127.0.0.3"))).as("DNS answers the secondary").isTrue();
    assertThat(changes).contains(new LabDnsServer.AnswerChange(NAME + ".", Optional.of("ap-south-1"),
        Optional.of("ap-southeast-1")));

    primaryStatus.set(200);
    assertThat(eventually(() -> served().equals("127.0.0.2"))).as("DNS answers the primary again").isTrue();
  }

  @Test
  void invertingThePrimarysHealthCheckThroughTheApiFailsOver() {
    route53.updateHealthCheck(b -> b.healthCheckId(primaryCheck).inverted(true));
    assertThat(eventually(() -> served().equals("127.0.0.3"))).isTrue();
    route53.updateHealthCheck(b -> b.healthCheckId(primaryCheck).inverted(false));
    assertThat(eventually(() -> served().equals("127.0.0.2"))).isTrue();
  }

  @Test
  void answersThePrimaryWhenBothRegionsAreUnhealthy() throws Exception {
    primaryStatus.set(500);
    secondaryStatus.set(500);
    assertThat(eventually(() -> !checkers.healthy(primaryCheck))).isTrue();
    assertThat(served()).isEqualTo("127.0.0.2");
  }

  @Test
  void followsThePrimaryChangeTheShiftTrafficActivityMakes() {
    assertThat(served()).isEqualTo("127.0.0.2");
    new Route53FailoverRouting(() -> route53, zoneId, NAME).makePrimary("ap-southeast-1");
    assertThat(eventually(() -> served().equals("127.0.0.3"))).isTrue();
    assertThat(changes).contains(new LabDnsServer.AnswerChange(NAME + ".", Optional.of("ap-south-1"),
        Optional.of("ap-southeast-1")));
  }

  @Test
  void unknownNamesAreNxdomainAndBrokenPacketsAFormatError() {
    TtlResolver client = new TtlResolver(dns.address(), Duration.ofSeconds(1));
    assertThatThrownBy(() -> client.resolve("nothing.lab.drkit.test")).hasMessageContaining("NXDOMAIN");
    byte[] reply = dns.reply(new byte[] {0x12, 0x34, 0x01});
    assertThat(reply).isNotNull();
    assertThat(reply[0]).isEqualTo((byte) 0x12);
    assertThat(reply[3] & 0x0f).as("RCODE FORMERR").isEqualTo(1);
  }

  @Test
  void aClientKeepsItsAnswerForTheTtl() throws Exception {
    long[] now = {0};
    TtlResolver client = new TtlResolver(dns.address(), Duration.ofSeconds(1), () -> now[0]);
    assertThat(client.resolve(NAME).getHostAddress()).isEqualTo("127.0.0.2");
    primaryStatus.set(503);
    assertThat(eventually(() -> dns.answer(NAME).orElseThrow().setIdentifier().equals("ap-southeast-1"))).isTrue();
    now[0] = Duration.ofMillis(999).toNanos();
    assertThat(client.resolve(NAME).getHostAddress()).as("cached for the 1 s TTL").isEqualTo("127.0.0.2");
    now[0] = Duration.ofMillis(1000).toNanos();
    assertThat(client.resolve(NAME).getHostAddress()).isEqualTo("127.0.0.3");
  }

  private String served() {
    try {
      return new TtlResolver(dns.address(), Duration.ofSeconds(1)).resolve(NAME).getHostAddress();
    } catch (TtlResolver.ResolutionException e) {
      return e.getMessage();
    }
  }

  private String healthCheck(String ip, int port) {
    return route53.createHealthCheck(b -> b.callerReference(ip + "-" + System.nanoTime()).healthCheckConfig(c -> c
        .type(HealthCheckType.HTTP).ipAddress(ip).port(port).resourcePath("/health").requestInterval(10)
        .failureThreshold(2))).healthCheck().id();
  }

  private void record(String region, ResourceRecordSetFailover role, String ip, String healthCheckId) {
    route53.changeResourceRecordSets(b -> b.hostedZoneId(zoneId).changeBatch(c -> c.changes(ch -> ch
        .action(ChangeAction.UPSERT).resourceRecordSet(r -> r.name(NAME).type(RRType.A).ttl(1L).setIdentifier(region)
            .failover(role).healthCheckId(healthCheckId).resourceRecords(v -> v.value(ip))))));
  }

  private static HttpServer endpoint(String ip, int port, AtomicInteger status) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ip), port), 16);
    server.createContext("/health", exchange -> {
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
    return server;
  }
}
