package io.drkit.harness.lab;

import java.time.Duration;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The peer-unhealthy CloudWatch alarm as Terraform configures it: metric PeerHealthy, statistic Minimum,
 * LessThanThreshold 1, {@code datapoints} breaching out of the last {@code evaluationPeriods} complete periods, and
 * missing data ignored: a missing datapoint keeps the state, so a late health-checker run neither raises nor clears
 * the alarm (a cleared and raised alarm would start a second failover). Local AWS stores metrics but does not
 * evaluate alarms; the lab does, as CloudWatch would.
 */
public final class PeerAlarm {

  public static final String OK = "OK";
  public static final String ALARM = "ALARM";

  private final String name;
  private final long periodMs;
  private final int evaluationPeriods;
  private final int datapoints;
  private final BiConsumer<String, String> onChange;
  private final TreeMap<Long, Double> minimumByPeriod = new TreeMap<>();
  private String state = OK;

  /** @param onChange told the new state and the reason, as the alarm's state-change event carries them */
  public PeerAlarm(String name, Duration period, int evaluationPeriods, int datapoints,
      BiConsumer<String, String> onChange) {
    this.name = name;
    this.periodMs = period.toMillis();
    this.evaluationPeriods = evaluationPeriods;
    this.datapoints = datapoints;
    this.onChange = onChange;
  }

  public String name() {
    return name;
  }

  public synchronized void datapoint(long timeMs, double value) {
    minimumByPeriod.merge(Math.floorDiv(timeMs, periodMs), value, Math::min);
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
        Double minimum = minimumByPeriod.get(p);
        if (minimum == null) {
          missing++;
        } else if (minimum < 1) {
          breaching++;
        }
      }
      minimumByPeriod.headMap(current - evaluationPeriods * 4L).clear();
      if (breaching >= datapoints) {
        next = ALARM;
      } else if (breaching + missing < datapoints) {
        next = OK; // even were every missing datapoint breaching, the alarm would not fire
      } else {
        next = state;
      }
      reason = "Threshold Crossed: " + breaching + " out of the last " + evaluationPeriods + " datapoints were less "
          + "than the threshold (1.0)";
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
