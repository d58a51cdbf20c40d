package io.drkit.activities.fence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import java.time.Clock;

/**
 * Sets and lifts a region's fence, always through this region's replica of the control table (the recovery region
 * during a failover): the fence replicates to the fenced region, which then refuses every write.
 */
public final class Fencing {

  private final Clients clients;
  private final Clock clock;

  public Fencing(Clients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Input: {@code {"region", "reason"?}}. */
  public JsonNode fence(JsonNode json) {
    return set(json, true);
  }

  /** Input: {@code {"region", "reason"?}}. */
  public JsonNode unfence(JsonNode json) {
    return set(json, false);
  }

  private JsonNode set(JsonNode json, boolean fenced) {
    Input input = Input.of(json);
    String region = input.region("region");
    clients.settings().config(region);
    String reason = input.optionalText("reason").orElse(fenced ? "failover" : "failback");
    clients.control(clients.settings().region()).setFence(region, fenced, reason, clock.instant());
    ObjectNode result = Json.object();
    result.put("region", region);
    result.put("fenced", fenced);
    result.put("by", clients.settings().region());
    return result;
  }
}
