package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.harness.drill.check.DrillFiles;
import io.drkit.harness.drill.check.DrillFindings;
import io.drkit.harness.drill.check.DrillRecord;
import io.drkit.harness.drill.load.HistoryWriter;
import io.drkit.harness.drill.load.LoadClient;
import io.drkit.harness.events.LabEvents;
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

  /** Runs the drill on the local lab. */
  public Result run(Scenario scenario, DrillOptions options) throws IOException, InterruptedException {
    return run(scenario, options, LabTarget.opener(options), "profile " + options.profile().name() + ", write mode "
        + options.writeMode().name().toLowerCase(Locale.ROOT));
  }

  /** Runs the drill on the target {@code opener} opens (the lab, a deployment), described as {@code on}. */
  public Result run(Scenario scenario, DrillOptions options, DrillTarget.Opener opener, String on)
      throws IOException, InterruptedException {
    Path dir = options.reportDir();
    Files.createDirectories(dir);
    AtomicReference<String> phase = new AtomicReference<>("starting");
    try (LabEvents events = LabEvents.to(dir.resolve(DrillFiles.EVENTS))) {
      progress.printf("drill %s: starting (%s)%n", scenario.name(), on);
      try (DrillTarget target = open(opener, events)) {
        for (Scenario.Step step : scenario.timeline()) {
          target.unsupported(step.action()).ifPresent(reason -> {
            throw new IllegalArgumentException("drill " + scenario.name() + " cannot run here: " + reason);
          });
        }
        List<String> regions = target.regions();
        List<String> shared = sharedKeys(target.regionUrl(regions.get(0)), scenario.load().sharedKeys());
        try (HistoryWriter history = new HistoryWriter(dir.resolve(DrillFiles.HISTORY))) {
          LoadClient load = new LoadClient(scenario.load(), target.loadTarget(options.clientMode()), history, shared)
              .start();
          Thread ticker = progressLine(load, target, phase);
          try {
            phase.set("warm-up");
            Thread.sleep(scenario.warmup().toMillis());
            play(scenario, target, phase);
          } finally {
            phase.set("stopping");
            load.close();
            ticker.interrupt();
            progress.println();
          }
        }
        phase.set("settling");
        if (!target.awaitExecutions(SETTLE)) {
          progress.println("workflow executions still running after " + SETTLE.toSeconds() + " s");
        }
        if (!target.settle(SETTLE)) {
          progress.println("replication did not settle within " + SETTLE.toSeconds() + " s");
        }
        target.warnings().forEach(progress::println);
        for (String region : regions) {
          if (target.readable(region)) { // a killed region has nothing left: the findings show it as gone
            FinalItems.write(target.regionUrl(region), dir.resolve(DrillFiles.FINAL_PREFIX + region + ".jsonl"));
          }
        }
        DrillRecord record = DrillFiles.read(dir);
        ObjectNode findings = DrillFindings.of(record).toJson();
        List<Budgets.Verdict> verdicts = Budgets.check(scenario.budgets(), findings, options.clientMode().label());
        ObjectNode report = DrillReport.json(scenario, options, findings, verdicts);
        DrillReport.write(dir, report, record, regions);
        return new Result(report, report.path("passed").asBoolean());
      }
    }
  }

  private static DrillTarget open(DrillTarget.Opener opener, LabEvents events) throws IOException {
    try {
      return opener.open(events);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("could not open the drill's target: " + e.getMessage(), e);
    }
  }

  private void play(Scenario scenario, DrillTarget target, AtomicReference<String> phase)
      throws InterruptedException {
    long start = System.nanoTime();
    for (Scenario.Step step : scenario.timeline()) {
      sleepUntil(start, step.at());
      String region = region(step.region(), target.regions());
      phase.set(step.action() + (step.action().equals("partition") ? "" : " " + region));
      try {
        target.act(step, region);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(step.action() + " on " + region + " failed: " + e.getMessage(), e);
      }
    }
    sleepUntil(start, scenario.duration());
  }

  private static String region(String name, List<String> regions) {
    return switch (name) {
      case "primary" -> regions.get(0);
      case "secondary" -> regions.get(1);
      default -> {
        if (!regions.contains(name)) {
          throw new IllegalArgumentException("no region " + name + " here; " + regions);
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

  private Thread progressLine(LoadClient load, DrillTarget target, AtomicReference<String> phase) {
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
            target.dnsAnswer().orElse("-"));
        progress.flush();
      }
    }, "drill-progress");
    ticker.setDaemon(true);
    ticker.start();
    return ticker;
  }
}
