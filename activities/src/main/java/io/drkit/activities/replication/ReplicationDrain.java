package io.drkit.activities.replication;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import DR.RegionUnreachable;
import DR.ReplicationNotDrained;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Waits for replication from one region to the other to drain: writes a marker into the source region's control
 * table and waits, bounded, until the destination's replica serves it. Writes made in the source before the marker
 * have had the same path to travel. The marker's key is the caller's token, so a retry waits for the same marker.
 */
public final class ReplicationDrain {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Clients clients;
  private final Clock clock;

  public ReplicationDrain(Clients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Input: {@code {"fromRegion", "toRegion", "token", "timeoutSeconds"?}} (timeout 1 to 600, default 30). */
  public JsonNode drain(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("fromRegion", "toRegion");
    String token = input.text("token");
    Duration timeout = Duration.ofSeconds(input.number("timeoutSeconds", 30, 1, 600));
    String key = "drain#" + regions[0] + ">" + regions[1] + "#" + token;
    Instant started = clock.instant();
    String table = clients.settings().tables().control();
    try {
      clients.dynamoDb(regions[0]).putItem(b -> b.tableName(table).item(Map.of(
          CONTROL_KEY, AttributeValue.fromS(key),
          "writtenAt", AttributeValue.fromS(started.toString()),
          "expiresAt", AttributeValue.fromN(Long.toString(started.plus(Duration.ofDays(1)).getEpochSecond())))));
    } catch (RuntimeException e) {
      throw new RegionUnreachable("cannot write the drain marker in " + regions[0] + ": " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean arrived = clients.dynamoDb(regions[1]).getItem(b -> b.tableName(table).consistentRead(true)
          .key(Map.of(CONTROL_KEY, AttributeValue.fromS(key)))).hasItem();
      if (arrived) {
        ObjectNode result = Json.object();
        result.put("fromRegion", regions[0]);
        result.put("toRegion", regions[1]);
        result.put("drainedMs", Duration.between(started, clock.instant()).toMillis());
        return result;
      }
      if (System.nanoTime() > deadline) {
        throw new ReplicationNotDrained("replication from " + regions[0] + " to " + regions[1]
            + " did not drain within " + timeout.toSeconds() + " s");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReplicationNotDrained("interrupted while waiting for replication to drain");
      }
    }
  }
}
