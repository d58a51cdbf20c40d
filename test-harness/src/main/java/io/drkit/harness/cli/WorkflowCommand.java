package io.drkit.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.tables.TableNames;
import io.drkit.harness.lab.RegionPair;
import io.drkit.harness.workflow.LocalDrWorkflows;
import io.drkit.harness.workflow.StepDurations;
import io.drkit.localaws.MotoServer;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dr workflow run}: one of the product's workflows on the local engine against two local regions. */
@Command(
    name = "workflow",
    mixinStandardHelpOptions = true,
    description = "Run the product's workflows on the local engine.",
    subcommands = {WorkflowCommand.Run.class})
final class WorkflowCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
          "Run failover, failback, consistency or rollback in targetRegion, its activities in-process against two",
          "local regions (a moto_server each, started here unless --aws-endpoint is given; both tables replicated both",
          "ways; each region's traffic-router listening). Prints the result and each step's duration.",
          "Input fields: failedRegion, targetRegion (all workflows); mode (graceful|ungraceful), force, method",
          "(health-check|record-swap), drainTimeoutSeconds, detectedAt (failover); segments, buckets,",
          "recheckDelaySeconds, repair, maxKeys (consistency); targets [alias|table|routing], toVersion, restore",
          "{source, restoreTime, backupArn, targetTableName}, snapshotId (rollback). See docs/workflows.md."})
  static final class Run implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKFLOW", description = "failover, failback, consistency or rollback")
    String workflow;

    @Option(names = "--input", required = true, description = "The execution input, JSON.")
    String input;

    @Option(names = "--regions", split = ",", defaultValue = "ap-south-1,ap-southeast-1",
        description = "The two regions (default: ${DEFAULT-VALUE}).")
    List<String> regions;

    @Option(names = "--aws-endpoint", description = "REGION=URL of a running moto_server, instead of starting one.")
    Map<String, URI> endpoints = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for the end (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
      if (!LocalDrWorkflows.WORKFLOWS.contains(workflow)) {
        throw new IllegalArgumentException("WORKFLOW must be one of " + LocalDrWorkflows.WORKFLOWS);
      }
      if (regions.size() != 2 || regions.get(0).equals(regions.get(1))) {
        throw new IllegalArgumentException("--regions takes two different regions");
      }
      JsonNode parsed;
      try {
        parsed = Json.parse(input);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--input is not JSON: " + e.getMessage(), e);
      }
      String runIn = parsed.path("targetRegion").asText(regions.get(1));
      if (!regions.contains(runIn)) {
        throw new IllegalArgumentException("targetRegion " + runIn + " is not one of --regions " + regions);
      }
      List<MotoServer> started = new ArrayList<>();
      Map<String, URI> resolved = new LinkedHashMap<>();
      try {
        for (String region : regions) {
          URI endpoint = endpoints.get(region);
          if (endpoint == null) {
            System.err.println("starting a local AWS endpoint for " + region + "...");
            MotoServer server = MotoServer.start(region);
            started.add(server);
            endpoint = server.endpoint();
          }
          resolved.put(region, endpoint);
        }
        try (RegionPair pair = RegionPair.start(resolved, TableNames.DEFAULT);
            LocalDrWorkflows workflows = LocalDrWorkflows.start(
                pair.activitySettings(runIn, Optional.empty(), Optional.empty()), EngineClock.system(),
                new PrintStream(OutputStream.nullOutputStream()), TaskDispatcher.none())) {
          System.err.println("running " + workflow + " in " + runIn + "...");
          String execution = workflows.start(workflow, parsed, Optional.empty());
          ExecutionDescription result = workflows.await(execution, Duration.ofSeconds(timeoutSeconds));
          ObjectNode printed = result.summary();
          System.out.println(Json.write(printed));
          System.out.print(StepDurations.table(StepDurations.of(workflows.history(execution))));
          return result.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
        }
      } finally {
        started.forEach(MotoServer::close);
      }
    }
  }
}
