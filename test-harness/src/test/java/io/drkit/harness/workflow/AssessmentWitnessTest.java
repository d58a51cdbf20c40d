package io.drkit.harness.workflow;

import static io.drkit.harness.workflow.TwoRegionLab.MUMBAI;
import static io.drkit.harness.workflow.TwoRegionLab.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.ActivityPorts;
import io.drkit.activities.health.HealthChecker;
import io.drkit.activities.aws.AwsActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.core.control.Heartbeat;
import io.drkit.harness.lab.dns.LabHealthCheckers.Observation;
import io.drkit.harness.lab.dns.Route53Endpoint;
import io.drkit.harness.serve.Degradation;
import io.drkit.localaws.LocalAws;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * The failover's assessment tells an outage from a partition and a gray failure from a false alarm: Mumbai is the
 * failed region, Singapore the target; Route 53's checkers report through the lab's Route 53 endpoint, over the
 * SDK's wire protocol.
 */
class AssessmentWitnessTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private static final String RECORD = "api.dr.example.com";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Observation> reports = new ConcurrentHashMap<>();
  private final Map<String, String> healthCheckOf = new LinkedHashMap<>();
  private TwoRegionLab lab;
  private Route53Client route53;
  private Route53Endpoint endpoint;
  private String zoneId;

  @BeforeEach
  void setUp() {
    lab = new TwoRegionLab(aws);
    route53 = aws.region(MUMBAI).clientSettings().build(Route53Client.builder().region(Region.AWS_GLOBAL));
    zoneId = route53.createHostedZone(b -> b.name("dr.example.com").callerReference("t-" + System.nanoTime()))
        .hostedZone().id().replace("/hostedzone/", "");
    for (String region : new String[] {MUMBAI, SINGAPORE}) {
      String check = route53.createHealthCheck(b -> b.callerReference(region + System.nanoTime())
          .healthCheckConfig(c -> c.type(HealthCheckType.HTTP).ipAddress("127.0.0.1").port(80)
              .resourcePath("/health"))).healthCheck().id();
      healthCheckOf.put(region, check);
      route53.changeResourceRecordSets(b -> b.hostedZoneId(zoneId).changeBatch(c -> c.changes(ch -> ch
          .action(ChangeAction.CREATE).resourceRecordSet(r -> r.name(RECORD).type(RRType.CNAME).ttl(1L)
              .setIdentifier(region).healthCheckId(check)
              .failover(region.equals(MUMBAI) ? ResourceRecordSetFailover.PRIMARY : ResourceRecordSetFailover.SECONDARY)
              .resourceRecords(v -> v.value("alb-" + region + ".example.com"))))));
    }
    endpoint = Route53Endpoint.start(aws.region(MUMBAI).endpoint(), id -> Optional.ofNullable(reports.get(id)));
  }

  @AfterEach
  void tearDown() {
    endpoint.close();
    route53.close();
    lab.close();
  }

  private void route53Reports(String region, boolean healthy) {
    reports.put(healthCheckOf.get(region), new Observation(healthy,
        healthy ? "Success: HTTP Status Code 200" : "Failure: connection failed", Instant.now()));
  }

  private JsonNode assess(URI route53Api) {
    ActivitySettings settings = lab.settings(SINGAPORE, zoneId, RECORD, route53Api);
    try (AwsActivityPorts ports = AwsActivityPorts.create(settings, new PrintStream(OutputStream.nullOutputStream()),
        Clock.systemUTC())) {
      return ActivityCatalog.of(ports.ports()).step(ActivityCatalog.ASSESS_REGIONS)
          .run(JSON.createObjectNode().put("failedRegion", MUMBAI).put("targetRegion", SINGAPORE)
              .put("staleAfterSeconds", 5));
    }
  }

  private void heartbeat(Duration age, String selfChecks) {
    lab.control(SINGAPORE).writeHeartbeat(MUMBAI, new Heartbeat(Instant.now().minus(age), selfChecks));
  }

  @Test
  void aSilentRegionThatRoute53StillReachesIsAPartitionNotAnOutage() {
    heartbeat(Duration.ofMinutes(1), "111111");
    route53Reports(MUMBAI, true);
    JsonNode assessment = assess(endpoint.url());
    assertThat(assessment.path("partitionSuspected").asBoolean()).isTrue();
    assertThat(assessment.path("falseAlarm").asBoolean()).as("failing over would make two writers").isTrue();
    assertThat(assessment.path("route53").path("healthy").asBoolean()).isTrue();
    assertThat(assessment.path("verdict").asText()).startsWith("partition");
  }

  @Test
  void aSilentRegionThatRoute53CannotReachEitherIsGone() {
    heartbeat(Duration.ofMinutes(1), "111111");
    route53Reports(MUMBAI, false);
    JsonNode assessment = assess(endpoint.url());
    assertThat(assessment.path("falseAlarm").asBoolean()).isFalse();
    assertThat(assessment.path("partitionSuspected").asBoolean()).isFalse();
    assertThat(assessment.path("verdict").asText()).startsWith("gone");
  }

  @Test
  void withoutRoute53ToAskTheStaleHeartbeatDecides() {
    heartbeat(Duration.ofMinutes(1), "111111");
    route53Reports(MUMBAI, true);
    JsonNode assessment = assess(URI.create("http://127.0.0.1:1")); // nothing listens there
    assertThat(assessment.path("route53").isNull()).isTrue();
    assertThat(assessment.path("falseAlarm").asBoolean()).isFalse();
  }

  @Test
  void aRunningRegionWhoseOwnProbesFailIsAFailureAndOneWhoseProbesPassIsAFalseAlarm() {
    heartbeat(Duration.ofMillis(200), "110101");
    JsonNode failing = assess(endpoint.url());
    assertThat(failing.path("falseAlarm").asBoolean()).isFalse();
    assertThat(failing.path("verdict").asText()).startsWith("failing");

    heartbeat(Duration.ofMillis(200), "111110");
    JsonNode blip = assess(endpoint.url());
    assertThat(blip.path("falseAlarm").asBoolean()).as("one failed self probe is not enough").isTrue();
    assertThat(blip.path("verdict").asText()).startsWith("serving");
  }

  @Test
  void theHealthCheckerRecordsItsOwnProbesThroughItsLoadBalancer() {
    ActivitySettings settings = lab.settings(MUMBAI, zoneId, RECORD, endpoint.url());
    try (AwsActivityPorts aws = AwsActivityPorts.create(settings, new PrintStream(OutputStream.nullOutputStream()),
        Clock.systemUTC())) {
      ActivityPorts ports = aws.ports();
      HealthChecker checker = new HealthChecker(settings, ports.control(), ports.probe(), ports.metrics(),
          Clock.systemUTC());
      checker.check();
      checker.check();
      lab.router(MUMBAI).degrade(new Degradation(1.0, Duration.ZERO));
      checker.check();
      lab.router(MUMBAI).degrade(Degradation.NONE);
      assertThat(ports.control().in(MUMBAI).latestHeartbeat(MUMBAI)).map(Heartbeat::selfChecks).contains("110");
    }
  }

  @Test
  void aFailoverThatSuspectsAPartitionWatchesItAndFailsOverWhenRoute53LosesTheRegionToo() throws Exception {
    heartbeat(Duration.ofMinutes(1), "111111");
    route53Reports(MUMBAI, true);
    ActivitySettings settings = lab.settings(SINGAPORE, zoneId, RECORD, endpoint.url());
    try (LocalDrWorkflows workflows = LocalDrWorkflows.start(settings, EngineClock.system(),
        new PrintStream(OutputStream.nullOutputStream()), TaskDispatcher.none())) {
      String execution = workflows.start("failover", JSON.createObjectNode().put("failedRegion", MUMBAI)
          .put("targetRegion", SINGAPORE).put("staleAfterSeconds", 5).put("reassessEverySeconds", 1),
          Optional.empty());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (TwoRegionLab.steps(workflows.history(execution)).stream().filter("WaitForPartition"::equals).count() < 2) {
        assertThat(System.nanoTime()).as("the execution watches the partition").isLessThan(deadline);
        Thread.sleep(100);
      }
      assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).as("a partition is not fenced").isFalse();

      route53Reports(MUMBAI, false); // now nobody reaches Mumbai: it is gone
      ExecutionDescription done = workflows.await(execution, Duration.ofSeconds(60));
      assertThat(done.status()).as(TwoRegionLab.summary(done)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(TwoRegionLab.steps(workflows.history(execution))).containsSubsequence("WaitForPartition",
          "AssessRegions", "FenceRegion", "NotifySucceeded", "Done");
      assertThat(lab.control(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
    }
  }
}
