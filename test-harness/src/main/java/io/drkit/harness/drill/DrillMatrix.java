package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every drill asked for, under every client mode and write mode asked for, one after the other: each run's files in
 * {@code DIR/<drill>/<client>-<write mode>/}, and the summary table of all of them in {@code DIR/matrix.md} and
 * {@code DIR/matrix.json}. A run under a write mode its scenario was not written for is reported against the
 * scenario's budgets all the same: the figures are the point there. A scenario written for the replicated mode is
 * that mode's variant of another and runs in that mode only.
 */
public final class DrillMatrix {

  /** One run's headline figures. */
  public record Row(String drill, String client, String writeMode, JsonNode findings, boolean passed) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COLUMNS = List.of("rto_ms", "rpo_ms", "inserts_lost_for_good", "lww_conflicts",
      "lost_updates", "stale_reads", "converged", "fences", "split_brain_writes", "failover_executions");

  private final PrintStream progress;

  public DrillMatrix(PrintStream progress) {
    this.progress = progress;
  }

  public List<Row> run(List<String> drills, List<ClientMode> clients, List<WriteMode> writeModes, LabProfile profile,
      Path dir) throws IOException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    int total = drills.stream().mapToInt(n -> Scenario.named(n).writeMode() == WriteMode.REPLICATED
        && writeModes.size() > 1 ? 1 : writeModes.size()).sum() * clients.size();
    for (String name : drills) {
      Scenario scenario = Scenario.named(name).scaled(profile.timeScale());
      // a scenario written for the replicated mode is that mode's variant of another: it runs in that mode only
      List<WriteMode> modes = scenario.writeMode() == WriteMode.REPLICATED && writeModes.size() > 1
          ? List.of(WriteMode.REPLICATED) : writeModes;
      for (WriteMode mode : modes) {
        for (ClientMode client : clients) {
          String label = client.label() + "-" + mode.name().toLowerCase(Locale.ROOT);
          progress.printf("[%d/%d] %s, %s client, %s writes%n", rows.size() + 1, total, name, client.label(),
              mode.name().toLowerCase(Locale.ROOT));
          DrillRunner.Result result = new DrillRunner(new PrintStream(OutputStream.nullOutputStream()))
              .run(scenario, new DrillOptions(profile, client, mode, dir.resolve(name).resolve(label)));
          Row row = new Row(name, client.label(), mode.name().toLowerCase(Locale.ROOT),
              result.report().path("findings"), result.passed());
          rows.add(row);
          progress.println("  " + line(row));
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("matrix.md"), table(rows));
    ArrayNode json = JSON.createArrayNode();
    rows.forEach(r -> json.addObject().put("drill", r.drill()).put("client", r.client())
        .put("write_mode", r.writeMode()).put("passed", r.passed()).set("findings", r.findings()));
    Files.writeString(dir.resolve("matrix.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    return rows;
  }

  /** A markdown table: one line per run, the headline findings and whether the budgets were met. */
  public static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder("| drill | client | writes | " + String.join(" | ", COLUMNS)
        + " | budgets |\n|" + "---|".repeat(COLUMNS.size() + 4) + "\n");
    rows.forEach(r -> out.append(line(r)).append('\n'));
    return out.toString();
  }

  private static String line(Row row) {
    StringBuilder out = new StringBuilder("| " + row.drill() + " | " + row.client() + " | " + row.writeMode() + " |");
    COLUMNS.forEach(c -> out.append(' ').append(row.findings().path(c).isMissingNode() ? "" : row.findings().path(c))
        .append(" |"));
    return out.append(row.passed() ? " met |" : " MISSED |").toString();
  }
}
