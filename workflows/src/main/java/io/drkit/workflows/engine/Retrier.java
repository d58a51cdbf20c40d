package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A state's Retry field: the first retrier whose ErrorEquals matches decides. Each retrier counts its own attempts
 * (MaxAttempts, default 3; 0 never retries) and waits IntervalSeconds (default 1) times BackoffRate (default 2.0)
 * to the power of its attempts so far, capped by MaxDelaySeconds, randomized in [0, delay] with JitterStrategy FULL.
 */
final class Retrier {

  private final StateCall call;
  private final EngineClock clock;
  private final Map<Integer, Integer> attempts = new HashMap<>();

  Retrier(StateCall call, EngineClock clock) {
    this.call = call;
    this.clock = clock;
  }

  /** Whether to run the state again; waits the backoff first. */
  boolean shouldRetry(StatesError error) {
    JsonNode retry = call.field("Retry");
    if (retry == null || !retry.isArray()) {
      return false;
    }
    for (int i = 0; i < retry.size(); i++) {
      JsonNode retrier = retry.get(i);
      if (!Catchers.matches(retrier.path("ErrorEquals"), error)) {
        continue;
      }
      int done = attempts.getOrDefault(i, 0);
      int max = retrier.path("MaxAttempts").asInt(3);
      if (done >= max) {
        return false;
      }
      attempts.put(i, done + 1);
      wait(retrier, done);
      return true;
    }
    return false;
  }

  private void wait(JsonNode retrier, int done) {
    double interval = retrier.path("IntervalSeconds").asDouble(1);
    double rate = retrier.path("BackoffRate").asDouble(2.0);
    double seconds = interval * Math.pow(rate, done);
    if (retrier.has("MaxDelaySeconds")) {
      seconds = Math.min(seconds, retrier.get("MaxDelaySeconds").asDouble());
    }
    if ("FULL".equals(retrier.path("JitterStrategy").asText())) {
      seconds = ThreadLocalRandom.current().nextDouble() * seconds;
    }
    try {
      clock.sleep(Duration.ofMillis((long) (seconds * 1000)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError(EngineErrors.ABORTED, "interrupted");
    }
  }
}
