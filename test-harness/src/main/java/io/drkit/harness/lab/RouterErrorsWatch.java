package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.serve.ServedRegion;
import io.drkit.workflows.events.EventRule;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The router-errors alarm of one region, as deployed: the traffic-router's failed invocations (Lambda's Errors
 * metric), summed per period, above the threshold in one period; its state change goes through the router-errors
 * rule, whose input starts the Rollback workflow in the region.
 */
final class RouterErrorsWatch implements AutoCloseable {

  private final ServedRegion router;
  private final MetricAlarm alarm;
  private final ScheduledExecutorService scheduler;
  private long counted;

  RouterErrorsWatch(String region, ServedRegion router, LabProfile profile, LabEvents events,
      Consumer<JsonNode> startRollback) {
    this.router = router;
    String alarmName = RegionalWatch.NAME_PREFIX + "-router-errors-" + region;
    EventRule rule = EventRule.load("router-errors", Map.of("NamePrefix", RegionalWatch.NAME_PREFIX));
    this.alarm = new MetricAlarm(alarmName, MetricAlarm.Condition.sumAbove(profile.routerErrorThreshold()),
        profile.routerErrorPeriod(), 1, 1, (state, reason) -> {
          events.record("alarm", LabEvents.detail().put("alarm", alarmName).put("region", region).put("state", state));
          JsonNode event = AlarmStateChange.event(region, alarmName, state, reason);
          if (rule.matches(event)) {
            startRollback.accept(rule.transform(event));
          }
        });
    this.counted = router.invocationErrors();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "lab-router-errors-" + region);
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(100, profile.routerErrorPeriod().toMillis() / 4);
    scheduler.scheduleAtFixedRate(this::measure, every, every, TimeUnit.MILLISECONDS);
  }

  private void measure() {
    long now = System.currentTimeMillis();
    long errors = router.invocationErrors();
    if (errors > counted) {
      alarm.datapoint(now, errors - counted);
      counted = errors;
    }
    alarm.evaluate(now);
  }

  String state() {
    return alarm.state();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
