package io.drkit.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.integrity.IntegrityReport;
import io.drkit.harness.integrity.IntegritySuite;
import io.drkit.harness.lab.Lab;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.lab.LabProfile;
import io.drkit.harness.aws.StackOutputs;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dr integrity}: the data-integrity suite against the lab or a deployment. */
@Command(
    name = "integrity",
    mixinStandardHelpOptions = true,
    description = {
        "The data-integrity suite, through the item API of both regions: write replication each way with its time",
        "(p50/p99 against the budget), concurrent writes to one key from both regions (they converge, the",
        "overwritten write is reported), read consistency. Exits 1 when a check fails."})
final class IntegrityCommand implements Callable<Integer> {

  @Mixin
  TargetOptions where = new TargetOptions();

  @Option(names = "--endpoint", description = "aws: REGION=URL of one region's own endpoint; twice, instead of "
      + "--stack.")
  List<String> endpoints = new ArrayList<>();

  @Option(names = "--samples", defaultValue = "100", description = "Writes per direction (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--budget-ms", defaultValue = "1000",
      description = "Replication p99 budget per direction (default: ${DEFAULT-VALUE}).")
  long budgetMs;

  @Option(names = "--report", description = "Also write the findings as JSON to this file.")
  Path report;

  @Override
  public Integer call() throws Exception {
    IntegritySuite.Settings defaults = IntegritySuite.Settings.defaults();
    IntegritySuite.Settings settings = new IntegritySuite.Settings(samples, Duration.ofMillis(budgetMs),
        defaults.pollEvery(), Duration.ofMillis(Math.max(budgetMs * 10, defaults.giveUpAfter().toMillis())),
        defaults.conflictRounds());
    IntegrityReport result;
    if (where.invalid().isPresent()) {
      System.err.println(where.invalid().get());
      return 2;
    }
    switch (where.target) {
      case "lab" -> {
        System.err.println("starting the lab");
        try (LabEvents events = LabEvents.inMemory();
            Lab lab = Lab.start(new Lab.Options(LabProfile.fast(), WriteMode.ASYNC), events)) {
          result = suite(Map.of(Lab.REGIONS.get(0), lab.regionUrl(Lab.REGIONS.get(0)),
              Lab.REGIONS.get(1), lab.regionUrl(Lab.REGIONS.get(1))), settings).run();
        }
      }
      case "aws" -> result = suite(awsEndpoints(), settings).run();
      default -> throw new IllegalStateException("checked above");
    }
    System.out.print(result.summary());
    if (report != null) {
      Files.writeString(report, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result.toJson()));
    }
    return result.passed() ? 0 : 1;
  }

  private IntegritySuite suite(Map<String, URI> regions, IntegritySuite.Settings settings) {
    List<Map.Entry<String, URI>> two = new ArrayList<>(new LinkedHashMap<>(regions).entrySet());
    two.sort(Map.Entry.comparingByKey());
    return new IntegritySuite(two.get(0), two.get(1), settings, System.err);
  }

  private Map<String, URI> awsEndpoints() {
    if (where.stack != null) {
      return StackOutputs.read(where.stack).regionalEndpoints();
    }
    Map<String, URI> given = new LinkedHashMap<>();
    for (String endpoint : endpoints) {
      int eq = endpoint.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--endpoint is REGION=URL, not " + endpoint);
      }
      given.put(endpoint.substring(0, eq), URI.create(endpoint.substring(eq + 1)));
    }
    if (given.size() != 2) {
      throw new IllegalArgumentException("--target aws needs --stack OUTPUTS.json or two --endpoint REGION=URL");
    }
    return given;
  }
}
