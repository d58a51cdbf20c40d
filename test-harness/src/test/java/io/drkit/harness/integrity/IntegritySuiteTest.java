package io.drkit.harness.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.harness.lab.RegionPair;
import io.drkit.harness.lab.StreamReplicator;
import io.drkit.localaws.LocalAws;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The integrity suite against two local regions: it passes while they replicate and says so when they do not. */
class IntegritySuiteTest {

  private static final String MUMBAI = "ap-south-1";
  private static final String SINGAPORE = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private RegionPair pair;

  @BeforeEach
  void setUp() {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    endpoints.put(MUMBAI, aws.region(MUMBAI).endpoint());
    endpoints.put(SINGAPORE, aws.region(SINGAPORE).endpoint());
    pair = RegionPair.start(endpoints, aws.tables());
  }

  @AfterEach
  void tearDown() {
    pair.close();
  }

  private IntegrityReport run(Duration giveUpAfter) throws Exception {
    return new IntegritySuite(Map.entry(MUMBAI, pair.router(MUMBAI).url()),
        Map.entry(SINGAPORE, pair.router(SINGAPORE).url()),
        new IntegritySuite.Settings(5, Duration.ofSeconds(1), Duration.ofMillis(10), giveUpAfter, 2),
        new PrintStream(OutputStream.nullOutputStream())).run();
  }

  @Test
  void replicatingRegionsPassEveryCheckWithTheirTimesMeasured() throws Exception {
    IntegrityReport report = run(Duration.ofSeconds(10));
    assertThat(report.passed()).as(report.summary()).isTrue();
    assertThat(report.checks()).extracting(IntegrityReport.Check::name).contains(
        "write replication ap-south-1 -> ap-southeast-1", "bi-directional replication ap-southeast-1 -> ap-south-1",
        "concurrent writes to one key from both regions", "read consistency");
    assertThat(report.directions()).allSatisfy(d -> {
      assertThat(d.arrived()).isEqualTo(5);
      assertThat(d.p50Ms()).isPresent();
      assertThat(d.p99Ms().getAsLong()).isGreaterThanOrEqualTo(d.p50Ms().getAsLong());
    });
    assertThat(report.checks().get(2).detail()).contains("2/2 converged to one value");
  }

  @Test
  void writesThatNeverCrossFailTheSuite() throws Exception {
    pair.replicators().stream().filter(r -> r.source().equals(MUMBAI)).forEach(StreamReplicator::pause);
    IntegrityReport report = run(Duration.ofMillis(500));
    assertThat(report.passed()).isFalse();
    assertThat(report.checks().get(0).passed()).isFalse();
    assertThat(report.checks().get(0).detail()).contains("5 never arrived");
    assertThat(report.checks().get(1).passed()).as("the other way still works").isTrue();
    assertThat(report.summary()).contains("FAIL");
  }
}
