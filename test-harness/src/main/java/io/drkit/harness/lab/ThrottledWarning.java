package io.drkit.harness.lab;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Warns of a failure that may repeat many times a second (a scheduled run against a dead peer) without flooding
 * the log: the first at once, then at most one line per interval, with the latest failure and how many went
 * unreported since the line before.
 */
final class ThrottledWarning {

  private final Duration interval;
  private final LongSupplier nanoTime;
  private final Consumer<String> warn;
  private boolean warnedBefore;
  private long lastWarnedAt;
  private long unreported;

  ThrottledWarning(Duration interval, LongSupplier nanoTime, Consumer<String> warn) {
    this.interval = interval;
    this.nanoTime = nanoTime;
    this.warn = warn;
  }

  /** Warnings through the platform logger named after {@code source}, at WARNING. */
  static ThrottledWarning logging(Class<?> source, Duration interval) {
    System.Logger logger = System.getLogger(source.getName());
    return new ThrottledWarning(interval, System::nanoTime, message -> logger.log(Level.WARNING, message));
  }

  /** {@code what} failed with {@code failure}: warned of now, or counted for the next warning. */
  synchronized void failed(String what, RuntimeException failure) {
    long now = nanoTime.getAsLong();
    if (warnedBefore && now - lastWarnedAt < interval.toNanos()) {
      unreported++;
      return;
    }
    String since = unreported == 0 ? "" : " (" + unreported + " more failures since the last warning)";
    warn.accept(what + " failed: " + failure + since);
    warnedBefore = true;
    lastWarnedAt = now;
    unreported = 0;
  }
}
