package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.Step;
import io.drkit.activities.aws.AwsActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.harness.events.LabEvents;
import io.drkit.workflows.events.EventRule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What watches the peer from one region, as deployed: the scheduled health-checker activity (its PeerHealthy
 * metric, read from its embedded-metric lines as CloudWatch Logs would), the peer-unhealthy alarm on it, and the
 * EventBridge rule that turns the alarm's state change into a failover execution's input.
 */
public final class RegionalWatch implements AutoCloseable {

  public static final String NAME_PREFIX = "drkit";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String region;
  private final AwsActivityPorts ports;
  /** The HealthCheck step, run as its Lambda runs it: through its contract. */
  private final Step<?, ?> checker;
  private final MetricAlarm alarm;
  private final EventRule rule;
  private final ScheduledExecutorService scheduler;
  /** Each scheduled run on its own thread, as each scheduled Lambda invocation is: a slow probe delays no other. */
  private final ExecutorService runs;
  /** A dead peer can fail every run, twice a second: one line per half minute tells it. */
  private final ThrottledWarning failedRuns = ThrottledWarning.logging(RegionalWatch.class, Duration.ofSeconds(30));

  /** @param startFailover given the execution input when the rule matches */
  public RegionalWatch(ActivitySettings settings, String peer, LabProfile profile, LabEvents events,
      Consumer<JsonNode> startFailover) {
    this.region = settings.region();
    // the peer's heartbeat goes stale after two alarm periods, as 150 s is for the deployed 1-minute schedule
    long staleAfter = Math.max(1, (profile.alarmPeriod().toMillis() * 2 + 999) / 1000);
    long reassessEvery = Math.max(1, profile.alarmPeriod().toSeconds());
    this.rule = EventRule.load("peer-unhealthy", Map.of("NamePrefix", NAME_PREFIX, "PeerRegion", peer,
        "StaleAfterSeconds", String.valueOf(staleAfter), "ReassessEverySeconds", String.valueOf(reassessEvery)));
    String alarmName = NAME_PREFIX + "-peer-unhealthy-" + peer;
    this.alarm = new MetricAlarm(alarmName, MetricAlarm.Condition.peerUnhealthy(), profile.alarmPeriod(), profile.alarmEvaluationPeriods(),
        profile.alarmDatapoints(), (state, reason) -> {
          events.record("alarm", LabEvents.detail().put("alarm", alarmName).put("region", region).put("state", state));
          JsonNode event = AlarmStateChange.event(region, alarmName, state, reason);
          if (rule.matches(event)) {
            startFailover.accept(rule.transform(event));
          }
        });
    PrintStream metrics = new PrintStream(new LineSink(this::metricLine), true, StandardCharsets.UTF_8);
    this.ports = AwsActivityPorts.create(settings, metrics, Clock.systemUTC());
    this.checker = ActivityCatalog.of(ports.ports()).step(ActivityCatalog.HEALTH_CHECK);
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "lab-watch-" + region);
      thread.setDaemon(true);
      return thread;
    });
    this.runs = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "lab-health-checker-" + region);
      thread.setDaemon(true);
      return thread;
    });
    long every = profile.checkerInterval().toMillis();
    scheduler.scheduleAtFixedRate(() -> runs.submit(this::check), 0, every, TimeUnit.MILLISECONDS);
    long period = profile.alarmPeriod().toMillis();
    scheduler.scheduleAtFixedRate(() -> alarm.evaluate(System.currentTimeMillis()), period, period,
        TimeUnit.MILLISECONDS);
  }

  public String alarmState() {
    return alarm.state();
  }

  private void check() {
    try {
      checker.run(JSON.createObjectNode()); // the schedule's event; the checker needs nothing of it
    } catch (RuntimeException e) {
      // a failed run publishes nothing: missing data, which the alarm treats as not breaching
      if (!runs.isShutdown()) { // a run cut short by close is no failure
        failedRuns.failed("the health-checker run in " + region, e);
      }
    }
  }

  private void metricLine(String line) {
    try {
      JsonNode metric = JSON.readTree(line);
      if (metric.has("PeerHealthy")) {
        alarm.datapoint(metric.path("_aws").path("Timestamp").asLong(), metric.path("PeerHealthy").asDouble());
      }
    } catch (IOException ignored) {
      // not an embedded-metric line
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    runs.shutdownNow();
    try {
      runs.awaitTermination(5, TimeUnit.SECONDS); // a run still going would build a client after the close
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ports.close();
  }

  /** Hands each line written to it to a consumer. */
  private static final class LineSink extends OutputStream {
    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineSink(Consumer<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.accept(line.toString());
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
  }
}
