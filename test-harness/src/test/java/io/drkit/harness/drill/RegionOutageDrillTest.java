package io.drkit.harness.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.drill.check.DrillFiles;
import io.drkit.harness.drill.check.DrillFindings;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's main job, in CI: the region-outage drill on the fast lab, for both kinds of client, with the
 * scenario's budgets asserted and the findings recomputed from the files alone.
 */
@Tag("drill") // real time: the quick tier (-Pquick) leaves these out
class RegionOutageDrillTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(ClientMode.class)
  void meetsItsBudgets(ClientMode client) throws Exception {
    Scenario scenario = Scenario.named("region-outage");
    DrillRunner.Result result = new DrillRunner(new PrintStream(OutputStream.nullOutputStream()))
        .run(scenario, new DrillOptions(LabProfile.fast(), client, WriteMode.ASYNC, dir));

    JsonNode findings = result.report().path("findings");
    assertThat(result.passed()).as(DrillReport.summary(result.report())).isTrue();
    assertThat(findings.path("failover_executions").asInt()).isEqualTo(1);
    assertThat(findings.path("serving_region_before").asText()).isEqualTo("ap-south-1");
    assertThat(findings.path("serving_region_after").asText()).isEqualTo("ap-southeast-1");
    assertThat(findings.path("inserts_lost_for_good").asInt()).as("async: in-flight writes come back after the heal")
        .isZero();
    assertThat(findings.path("inserts_recovered_after_heal").asInt())
        .isEqualTo(findings.path("inserts_missing_at_failover").asInt());
    assertThat(findings.path("converged").asBoolean()).isTrue();

    for (String file : new String[] {"history.jsonl", "events.jsonl", "final-ap-south-1.jsonl",
        "final-ap-southeast-1.jsonl", "report.json", "report.html"}) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg");
    // the report says what the files say
    assertThat(DrillFindings.of(DrillFiles.read(dir)).toJson()).isEqualTo(findings);
  }
}
