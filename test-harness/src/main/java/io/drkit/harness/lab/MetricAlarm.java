package io.drkit.harness.lab;

import java.time.Duration;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A CloudWatch metric alarm as Terraform configures one: a statistic per period, a threshold condition,
 * {@code datapoints} breaching out of the last {@code evaluationPeriods} complete periods, and a treatment of missing
 * data. Local AWS stores metrics but does not evaluate alarms; the lab does, as CloudWatch would. Two are deployed:
 * <ul>
 *   <li>{@link Condition#peerUnhealthy()}: PeerHealthy, Minimum, LessThanThreshold 1, missing data ignored (a missing
 *       datapoint keeps the state, so a late health-checker run neither raises nor clears the alarm: a cleared and
 *       raised alarm would start a second failover);</li>
 *   <li>{@link Condition#sumAbove(double)}: the router's Errors, Sum, GreaterThanThreshold, missing data not
 *       breaching.</li>
 * </ul>
 */
public final class MetricAlarm {

  public static final String OK = "OK";
  public static final String ALARM = "ALARM";

  /** How a period's datapoints combine, when a period breaches, and what a missing period means. */
  public record Condition(boolean sum, boolean greaterThan, double threshold, boolean missingKeepsState) {

    public static Condition peerUnhealthy() {
      return new Condition(false, false, 1, true);
    }

    public static Condition sumAbove(double threshold) {
      return new Condition(true, true, threshold, false);
    }

    boolean breaches(double value) {
      return greaterThan ? value > threshold : value < threshold;
    }

    double combine(double a, double b) {
      return sum ? a + b : Math.min(a, b);
    }
  }

  private final String name;
  private final Condition condition;
  private final long periodMs;
  private final int evaluationPeriods;
  private final int datapoints;
  private final BiConsumer<String, String> onChange;
  private final TreeMap<Long, Double> valueByPeriod = new TreeMap<>();
  private String state = OK;

  /** @param onChange told the new state and the reason, as the alarm's state-change event carries them */
  public MetricAlarm(String name, Condition condition, Duration period, int evaluationPeriods, int datapoints,
      BiConsumer<String, String> onChange) {
    this.name = name;
    this.condition = condition;
    this.periodMs = period.toMillis();
    this.evaluationPeriods = evaluationPeriods;
    this.datapoints = datapoints;
    this.onChange = onChange;
  }

  public String name() {
    return name;
  }

  public synchronized void datapoint(long timeMs, double value) {
    valueByPeriod.merge(Math.floorDiv(timeMs, periodMs), value, condition::combine);
  }

  /** Evaluates the complete periods before {@code nowMs}; returns the state. */
  public String evaluate(long nowMs) {
    String next;
    String reason;
    synchronized (this) {
      long current = Math.floorDiv(nowMs, periodMs);
      int breaching = 0;
      int missing = 0;
      for (long p = current - evaluationPeriods; p < current; p++) {
        Double value = valueByPeriod.get(p);
        if (value == null) {
          missing++;
        } else if (condition.breaches(value)) {
          breaching++;
        }
      }
      valueByPeriod.headMap(current - evaluationPeriods * 4L).clear();
      if (breaching >= datapoints) {
        next = ALARM;
      } else if (!condition.missingKeepsState() || breaching + missing < datapoints) {
        next = OK; // even were every missing datapoint breaching, the alarm would not fire
      } else {
        next = state;
      }
      reason = "Threshold Crossed: " + breaching + " out of the last " + evaluationPeriods + " datapoints were "
          + (condition.greaterThan() ? "greater" : "less") + " than the threshold (" + condition.threshold() + ")";
      if (next.equals(state)) {
        return state;
      }
      state = next;
    }
    onChange.accept(next, reason);
    return next;
  }

  public synchronized String state() {
    return state;
  }
}
