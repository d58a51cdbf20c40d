package io.drkit.harness.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drills besides region-outage, on the fast lab with DNS clients, their budgets asserted. */
@Tag("drill") // real time: the quick tier (-Pquick) leaves these out
class OtherDrillsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Test
  void aLostRegionTakesOnlyItsUnreplicatedWritesAndTheReportNamesEveryOne() throws Exception {
    JsonNode findings = run("region-loss");
    assertThat(findings.path("serving_region_after").asText()).isEqualTo("ap-southeast-1");
    assertThat(dir.resolve("final-ap-south-1.jsonl")).as("nothing is left to read of a lost region").doesNotExist();
    // recomputed from the raw files: every acknowledged insert the survivor lacks is one the report counts
    Set<String> survivor = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("final-ap-southeast-1.jsonl"))) {
      survivor.add(JSON.readTree(line).path("id").asText());
    }
    Set<String> lost = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("history.jsonl"))) {
      JsonNode op = JSON.readTree(line);
      if (op.path("op").asText().equals("insert") && op.path("status").asText().equals("201")
          && !survivor.contains(op.path("key").asText())) {
        lost.add(op.path("key").asText());
      }
    }
    assertThat(findings.path("inserts_lost_for_good").asInt()).isEqualTo(lost.size());
    // and the lab's own account of what had not crossed when the region died holds every one of them
    Set<String> unreplicated = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      if (event.path("type").asText().equals("unreplicated")) {
        event.path("detail").path("keys").forEach(k -> unreplicated.add(k.asText()));
      }
    }
    assertThat(unreplicated).containsAll(lost);
  }

  @Test
  void aPartitionStartsAFailoverOnEachSideThatWatchesItAndNeitherFencesOrMovesTraffic() throws Exception {
    JsonNode findings = run("partition");
    assertThat(findings.path("failover_executions").asInt()).as("each region's alarm fired").isEqualTo(2);
    assertThat(findings.path("fences").asInt()).isZero();
    assertThat(findings.path("split_brain_writes").asInt()).isZero();
    assertThat(findings.path("serving_region_after").asText()).isEqualTo("ap-south-1");
    assertThat(findings.path("inserts_lost_for_good").asInt()).isZero();
    assertThat(findings.path("converged").asBoolean()).isTrue();
    // each saw a partition and kept looking while it lasted, then ended as a false alarm once the regions met again
    Set<String> watching = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      if (event.path("type").asText().equals("step")
          && event.path("detail").path("state").asText().equals("WaitForPartition")) {
        watching.add(event.path("detail").path("region").asText());
      }
    }
    assertThat(watching).containsExactlyInAnyOrder("ap-south-1", "ap-southeast-1");
    assertThat(verdicts()).hasSize(2).allMatch(v -> v.startsWith("serving") || v.startsWith("partition"));
  }

  @Test
  void aGrayFailureIsToldFromAFalseAlarmAndFailedOverOnce() throws Exception {
    JsonNode findings = run("gray-failure");
    assertThat(findings.path("fences").asInt()).isEqualTo(1);
    assertThat(verdicts()).contains("failing: running but its own probes fail");
    assertThat(findings.path("inserts_lost_for_good").asInt()).isZero();
    assertThat(findings.path("converged").asBoolean()).isTrue();
  }

  @Test
  void aBadReleaseIsRolledBackByItsErrorAlarmWithoutAFailover() throws Exception {
    JsonNode findings = run("bad-deploy");
    assertThat(findings.path("rollback_executions").asInt()).isEqualTo(1);
    assertThat(findings.path("failover_executions").asInt()).isZero();
    assertThat(findings.path("serving_region_after").asText()).isEqualTo("ap-south-1");
    List<String> releases = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      if (event.path("type").asText().equals("release")) {
        releases.add(event.path("detail").path("to").asText() + " " + event.path("detail").path("defect").asText());
      }
    }
    assertThat(releases).as("the alias went to the bad release and back").containsExactly("2 fail-writes", "1 none");
  }

  /** The assessment verdicts of the finished failover executions, from events.jsonl. */
  private List<String> verdicts() throws Exception {
    List<String> verdicts = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      JsonNode detail = event.path("detail");
      if (event.path("type").asText().equals("execution") && detail.path("workflow").asText().equals("failover")
          && !detail.path("status").asText().equals("started")) {
        verdicts.add(detail.path("verdict").asText());
      }
    }
    return verdicts;
  }
}
