package io.drkit.harness.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what happens asynchronously (replication, health checks, DNS): polls a condition until a deadline. */
public final class Eventually {

  private Eventually() {}

  /** Whether {@code condition} held within ten seconds. */
  public static boolean eventually(BooleanSupplier condition) {
    return within(Duration.ofSeconds(10), condition);
  }

  public static boolean within(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      pause(25);
    }
    return condition.getAsBoolean();
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
