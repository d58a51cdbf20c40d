package io.drkit.harness.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drills besides region-outage, on the fast lab with DNS clients, their budgets asserted. */
class OtherDrillsTest {

  @TempDir
  Path dir;

  private JsonNode run(String name) throws Exception {
    Scenario scenario = Scenario.named(name);
    DrillRunner.Result result = new DrillRunner(new PrintStream(OutputStream.nullOutputStream()))
        .run(scenario, new DrillOptions(LabProfile.fast(), ClientMode.DNS, scenario.writeMode(), dir));
    assertThat(result.passed()).as(DrillReport.summary(result.report())).isTrue();
    return result.report().path("findings");
  }

  @Test
  void inTheReplicatedModeNoAcknowledgedWriteGoesMissing() throws Exception {
    JsonNode findings = run("region-outage-replicated");
    assertThat(findings.path("acknowledged_inserts").asInt()).isPositive();
    assertThat(findings.path("inserts_missing_at_failover").asInt()).isZero();
    assertThat(findings.path("inserts_lost_for_good").asInt()).isZero();
    assertThat(findings.path("lost_updates").asInt()).isZero();
    assertThat(findings.path("rpo_ms").asLong()).isZero();
    assertThat(findings.path("converged").asBoolean()).isTrue();
  }

  @Test
  void aReplicationStallCostsTheClientsNothingAndEverythingCrossesAfter() throws Exception {
    JsonNode findings = run("replication-stall");
    assertThat(findings.path("rto_ms").asLong()).as("at most one request timeout").isLessThanOrEqualTo(2500);
    assertThat(findings.path("failover_executions").asInt()).isZero();
    assertThat(findings.path("inserts_missing_at_failover").asInt()).as("writes held back by the stall").isPositive();
    assertThat(findings.path("inserts_recovered_after_heal").asInt())
        .isEqualTo(findings.path("inserts_missing_at_failover").asInt());
    assertThat(findings.path("converged").asBoolean()).isTrue();
  }

  @Test
  void aFlappingRegionIsFailedOverOnceNotOverAndOver() throws Exception {
    JsonNode findings = run("flapping-health");
    assertThat(findings.path("failover_executions").asInt()).isEqualTo(1);
    assertThat(findings.path("serving_region_after").asText()).isEqualTo("ap-southeast-1");
    assertThat(findings.path("converged").asBoolean()).isTrue();
  }
}
