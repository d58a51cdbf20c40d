package io.drkit.harness.cli;

import io.drkit.core.replication.WriteMode;
import io.drkit.harness.drill.DrillMatrix;
import io.drkit.harness.drill.DrillOptions;
import io.drkit.harness.drill.DrillReport;
import io.drkit.harness.drill.DrillRunner;
import io.drkit.harness.drill.Scenario;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dr drill NAME}: a DR drill on the local lab, with its report and its budgets. */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
        "Bring the local two-region lab up, put it under load, break it as the scenario says, tear it down, and",
        "report what the clients saw: RTO, RPO, conflicts, convergence. Exits 1 when a budget is missed.",
        "Writes history.jsonl, events.jsonl, final-<region>.jsonl, report.json and report.html."})
final class DrillCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", description = "The drill (see --list).")
  String name;

  @Option(names = "--list", description = "Name the drills and stop.")
  boolean list;

  @Option(names = "--profile", defaultValue = "fast", description = "Lab timings: fast or aws (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--client", defaultValue = "dns",
      description = "dns (resolves through the lab's DNS, honours TTL) or failover-aware (default: ${DEFAULT-VALUE}).")
  String client;

  @Option(names = "--write-mode", converter = WriteModeConverter.class,
      description = "async or replicated (default: the scenario's, async for most).")
  WriteMode writeMode;

  @Option(names = "--report-dir", description = "Where the files go (default: drill-reports/NAME, or "
      + "drill-reports/matrix with --matrix).")
  Path reportDir;

  /** aws: faults go through AWS APIs and are undone at the end, also on Ctrl-C. */
  @Mixin
  TargetOptions where = new TargetOptions();

  @Option(names = "--fis-template", description = "aws: KIND=TEMPLATE_ID, the AWS Fault Injection Service experiment "
      + "that plays stall, gray or partition (repeatable).")
  java.util.Map<String, String> fisTemplates = new java.util.LinkedHashMap<>();

  @Option(names = "--matrix", description = "Run NAME (or every drill, without NAME) under both client modes and both "
      + "write modes, one after the other, and print the summary table (also in matrix.md).")
  boolean matrix;

  @Override
  public Integer call() throws Exception {
    if (list || name == null && !matrix) {
      Scenario.NAMES.forEach(n -> System.out.println(n + "  " + Scenario.named(n).description()));
      return list ? 0 : 2;
    }
    if (matrix) {
      if (where.aws()) {
        System.err.println("--matrix runs on the lab only: a deployment has one write mode, and each drill there takes "
            + "minutes of real failover");
        return 2;
      }
      return matrix();
    }
    if (where.invalid().isPresent()) {
      System.err.println(where.invalid().get());
      return 2;
    }
    if (where.aws()) {
      return AwsDrill.run(name, ClientMode.of(client), where.stack, fisTemplates, reportDir);
    }
    LabProfile lab = LabProfile.named(profile);
    Scenario scenario = Scenario.named(name).scaled(lab.timeScale());
    Path dir = reportDir != null ? reportDir : Path.of("drill-reports", name);
    DrillOptions options = new DrillOptions(lab, ClientMode.of(client),
        writeMode != null ? writeMode : scenario.writeMode(), dir);
    DrillRunner.Result result = new DrillRunner(System.err).run(scenario, options);
    System.out.print(DrillReport.summary(result.report()));
    System.out.println("report: " + dir.resolve("report.html"));
    return result.passed() ? 0 : 1;
  }

  private int matrix() throws Exception {
    List<String> drills = name == null ? Scenario.NAMES : List.of(Scenario.named(name).name());
    List<WriteMode> modes = writeMode != null ? List.of(writeMode) : List.of(WriteMode.ASYNC, WriteMode.REPLICATED);
    Path dir = reportDir != null ? reportDir : Path.of("drill-reports", "matrix");
    List<DrillMatrix.Row> rows = new DrillMatrix(System.err).run(drills,
        List.of(ClientMode.DNS, ClientMode.FAILOVER_AWARE), modes, LabProfile.named(profile), dir);
    System.out.print(DrillMatrix.table(rows));
    System.out.println("reports: " + dir);
    return rows.stream().allMatch(DrillMatrix.Row::passed) ? 0 : 1;
  }
}
