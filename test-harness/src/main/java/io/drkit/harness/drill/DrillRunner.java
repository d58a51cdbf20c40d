package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.harness.drill.check.DrillFiles;
import io.drkit.harness.drill.check.DrillFindings;
import io.drkit.harness.drill.check.DrillRecord;
import io.drkit.harness.drill.load.HistoryWriter;
import io.drkit.harness.drill.load.LoadClient;
import io.drkit.harness.lab.Lab;
import io.drkit.harness.lab.LabEvents;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one drill on the local lab: brings it up, warms up under load, plays the fault timeline with a live progress
 * line, stops the load, lets replication settle, writes each region's items, tears the lab down, and checks the
 * files it left, which are the only input of the findings.
 */
public final class DrillRunner {

  /** The outcome: the report as written, and whether every budget was met. */
  public record Result(ObjectNode report, boolean passed) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SETTLE = Duration.ofSeconds(30);

  private final PrintStream progress;

  public DrillRunner(PrintStream progress) {
    this.progress = progress;
  }

  public Result run(Scenario scenario, DrillOptions options) throws IOException, InterruptedException {
    Path dir = options.reportDir();
    Files.createDirectories(dir);
    AtomicReference<String> phase = new AtomicReference<>("starting");
    try (LabEvents events = LabEvents.to(dir.resolve(DrillFiles.EVENTS))) {
      progress.printf("drill %s: starting the lab (profile %s, write mode %s)%n", scenario.name(),
          options.profile().name(), options.writeMode().name().toLowerCase(Locale.ROOT));
      try (Lab lab = Lab.start(new Lab.Options(options.profile(), options.writeMode()), events)) {
        List<String> shared = sharedKeys(lab.regionUrl(Lab.REGIONS.get(0)), scenario.load().sharedKeys());
        LoadClient.Target target = new LoadClient.Target(options.clientMode(), lab.dnsAddress(), lab.serviceName(),
            lab.servicePort(), Lab.REGIONS.stream().map(lab::regionUrl).toList());
        try (HistoryWriter history = new HistoryWriter(dir.resolve(DrillFiles.HISTORY))) {
          LoadClient load = new LoadClient(scenario.load(), target, history, shared).start();
          Thread ticker = progressLine(load, lab, phase);
          try {
            phase.set("warm-up");
            Thread.sleep(scenario.warmup().toMillis());
            play(scenario, lab, phase);
          } finally {
            phase.set("stopping");
            load.close();
            ticker.interrupt();
            progress.println();
          }
        }
        phase.set("settling");
        if (!lab.awaitExecutions(SETTLE)) {
          progress.println("workflow executions still running after " + SETTLE.toSeconds() + " s");
        }
        if (!settle(lab)) {
          progress.println("replication did not settle within " + SETTLE.toSeconds() + " s");
        }
        lab.replicationStatus().forEach((replicator, state) -> {
          if (state.contains("last error")) {
            progress.println("replicator " + replicator + ": " + state);
          }
        });
        for (String region : Lab.REGIONS) {
          if (lab.killed(region)) {
            continue; // nothing is left to read: the findings show the region as gone
          }
          FinalItems.write(lab.regionUrl(region), dir.resolve(DrillFiles.FINAL_PREFIX + region + ".jsonl"));
        }
      }
    }
    DrillRecord record = DrillFiles.read(dir);
    ObjectNode findings = DrillFindings.of(record).toJson();
    List<Budgets.Verdict> verdicts = Budgets.check(scenario.budgets(), findings, options.clientMode().label());
    ObjectNode report = DrillReport.json(scenario, options, findings, verdicts);
    DrillReport.write(dir, report, record, Lab.REGIONS);
    return new Result(report, report.path("passed").asBoolean());
  }

  private void play(Scenario scenario, Lab lab, AtomicReference<String> phase) throws InterruptedException {
    long start = System.nanoTime();
    for (Scenario.Step step : scenario.timeline()) {
      sleepUntil(start, step.at());
      String region = region(step.region());
      phase.set(step.action() + (step.action().equals("partition") ? "" : " " + region));
      switch (step.action()) {
        case "isolate" -> lab.isolate(region);
        case "kill" -> lab.kill(region);
        case "gray" -> lab.gray(region, step.degradation());
        case "partition" -> lab.partition();
        case "deploy" -> lab.deploy(region, step.defect());
        case "stall" -> lab.stall(region);
        case "heal" -> lab.heal(region);
        case "failback" -> {
          ObjectNode input = JSON.createObjectNode().put("failedRegion", region).put("targetRegion", Lab.peer(region));
          lab.startWorkflow(Lab.peer(region), "failback", input);
        }
        default -> throw new IllegalStateException("unknown action " + step.action());
      }
    }
    sleepUntil(start, scenario.duration());
  }

  private static String region(String name) {
    return switch (name) {
      case "primary" -> Lab.REGIONS.get(0);
      case "secondary" -> Lab.REGIONS.get(1);
      default -> {
        if (!Lab.REGIONS.contains(name)) {
          throw new IllegalArgumentException("the lab has no region " + name + "; " + Lab.REGIONS);
        }
        yield name;
      }
    };
  }

  private static void sleepUntil(long startNanos, Duration at) throws InterruptedException {
    long left = startNanos + at.toNanos() - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  /** Creates the keys the updaters share, in the primary region, before the clock starts. */
  private static List<String> sharedKeys(URI primary, int count) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(primary.resolve("/"))
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
          .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"value\":\"shared-" + i + "\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IOException("creating a shared key answered " + response.statusCode() + ": " + response.body());
      }
      keys.add(JSON.readTree(response.body()).path("id").asText());
    }
    return keys;
  }

  /** Waits (bounded) until nothing waits to cross between the regions. */
  private static boolean settle(Lab lab) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < deadline) {
      if (lab.replicationCaughtUp()) {
        Thread.sleep(200); // and still so a moment later: nothing was in flight between two reads
        if (lab.replicationCaughtUp()) {
          return true;
        }
      }
      Thread.sleep(100);
    }
    return false;
  }

  private Thread progressLine(LoadClient load, Lab lab, AtomicReference<String> phase) {
    long started = System.nanoTime();
    Thread ticker = new Thread(() -> {
      long lastOps = 0;
      long lastAt = System.nanoTime();
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
        long now = System.nanoTime();
        long ops = load.operations();
        double rate = (ops - lastOps) / ((now - lastAt) / 1e9);
        lastOps = ops;
        lastAt = now;
        progress.printf(Locale.ROOT, "\r%-26s %6.1f s  %7.0f ops/s  %6d errors  serving %-15s dns %-15s",
            phase.get(), (now - started) / 1e9, rate, load.failures(), load.servingRegion(),
            lab.dnsAnswer().orElse("-"));
        progress.flush();
      }
    }, "drill-progress");
    ticker.setDaemon(true);
    ticker.start();
    return ticker;
  }
}
