package io.drkit.harness.cli;

import io.drkit.harness.aws.AwsClients;
import io.drkit.harness.aws.AwsFaults;
import io.drkit.harness.aws.AwsTarget;
import io.drkit.harness.aws.FaultLedger;
import io.drkit.harness.aws.FisExperiments;
import io.drkit.harness.aws.StackOutputs;
import io.drkit.harness.drill.DrillOptions;
import io.drkit.harness.drill.DrillReport;
import io.drkit.harness.drill.DrillRunner;
import io.drkit.harness.drill.Scenario;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** {@code ./dr drill NAME --target aws}: the scenario against a deployment, every fault undone, also on Ctrl-C. */
final class AwsDrill {

  private AwsDrill() {}

  static int run(String name, ClientMode client, Path stackFile, Map<String, String> fisTemplates, Path reportDir)
      throws Exception {
    if (stackFile == null) {
      System.err.println("--target aws needs --stack OUTPUTS.json (terraform output -json > OUTPUTS.json)");
      return 2;
    }
    StackOutputs stack = StackOutputs.read(stackFile);
    // a scenario is written for the fast lab; on AWS it moves at Route 53's real pace
    Scenario scenario = Scenario.named(name).scaled(LabProfile.aws().timeScale());
    Path dir = reportDir != null ? reportDir : Path.of("drill-reports", name + "-aws");
    FaultLedger ledger = new FaultLedger();
    Thread undo = new Thread(() -> ledger.close().forEach(f -> System.err.println("could not undo " + f
        + "; undo it by hand")), "undo-faults");
    Runtime.getRuntime().addShutdownHook(undo); // Ctrl-C mid-drill still takes every fault back
    try (AwsClients clients = AwsClients.forAws(); FisExperiments experiments = new FisExperiments()) {
      try {
        AwsFaults faults = new AwsFaults(stack, clients::lambda, clients.route53(), experiments, fisTemplates, ledger);
        for (Scenario.Step step : scenario.timeline()) {
          var reason = AwsTarget.unsupported(faults, step.action());
          if (reason.isPresent()) {
            System.err.println("drill " + name + " cannot run against AWS: " + reason.get());
            return 2;
          }
        }
        DrillOptions options = new DrillOptions(LabProfile.aws(), client, scenario.writeMode(), dir);
        DrillRunner.Result result = new DrillRunner(System.err).run(scenario, options,
            events -> new AwsTarget(stack, clients, faults, ledger, events, Duration.ofSeconds(1), System.err),
            "AWS: " + String.join(" and ", stack.regions()));
        System.out.print(DrillReport.summary(result.report()));
        System.out.println("report: " + dir.resolve("report.html"));
        return result.passed() ? 0 : 1;
      } finally {
        // while the clients are still open: whatever a failure left in place is taken back here
        ledger.close().forEach(f -> System.err.println("could not undo " + f + "; undo it by hand"));
        Runtime.getRuntime().removeShutdownHook(undo);
      }
    }
  }
}
