package io.drkit.harness.lab;

import java.time.Duration;
import java.util.Locale;

/**
 * The timings of a lab: Route 53 health checks (interval, failure threshold), the failover records' TTL, the
 * regional health-checker's schedule, the peer alarm (period, evaluation periods, datapoints to alarm), and the
 * router-errors alarm (period, errors above which it fires).
 * {@code fast} is for tests; {@code aws} uses what the Terraform deploys, to show real timings. The checker runs twice
 * a period, so that no period of the alarm goes without a datapoint when the schedule drifts.
 */
public record LabProfile(
    String name,
    Duration healthCheckInterval,
    int failureThreshold,
    long dnsTtlSeconds,
    Duration checkerInterval,
    Duration alarmPeriod,
    int alarmEvaluationPeriods,
    int alarmDatapoints,
    Duration routerErrorPeriod,
    int routerErrorThreshold) {

  public LabProfile {
    if (failureThreshold < 1 || failureThreshold > 10) {
      throw new IllegalArgumentException("the failure threshold is 1 to 10, as in Route 53");
    }
    if (alarmDatapoints < 1 || alarmDatapoints > alarmEvaluationPeriods) {
      throw new IllegalArgumentException("datapoints to alarm must be 1 to the evaluation periods");
    }
    if (dnsTtlSeconds < 0 || healthCheckInterval.isNegative() || healthCheckInterval.isZero()
        || checkerInterval.isZero() || alarmPeriod.isZero() || routerErrorPeriod.isZero()) {
      throw new IllegalArgumentException("intervals and periods must be positive, the TTL not negative");
    }
  }

  public static LabProfile fast() {
    return new LabProfile("fast", Duration.ofSeconds(1), 3, 1, Duration.ofMillis(500), Duration.ofSeconds(1), 3, 3,
        Duration.ofSeconds(1), 5);
  }

  public static LabProfile aws() {
    return new LabProfile("aws", Duration.ofSeconds(10), 3, 60, Duration.ofSeconds(30), Duration.ofMinutes(1), 3, 3,
        Duration.ofMinutes(5), 5);
  }

  /**
   * How much slower this profile detects and moves traffic than {@code fast}: the ratio of the time until a DNS
   * client moves (failed checks plus TTL). Scenario timelines and time budgets are written for {@code fast}, and scale
   * by it.
   */
  public double timeScale() {
    return reaction(this) / reaction(fast());
  }

  private static double reaction(LabProfile profile) {
    return profile.healthCheckInterval().toMillis() * profile.failureThreshold() + profile.dnsTtlSeconds() * 1000.0;
  }

  public static LabProfile named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "fast" -> fast();
      case "aws" -> aws();
      default -> throw new IllegalArgumentException("no lab profile " + name + "; fast or aws");
    };
  }
}
