package io.drkit.workflows.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import java.time.Instant;

/**
 * One event of an execution's history, as GetExecutionHistory returns it: id, previous event id, timestamp, type,
 * and the type's details object (for example {@code stateEnteredEventDetails}).
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, String detailsKey,
    ObjectNode details) {

  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("previousEventId", previousEventId);
    json.put("timestamp", timestamp.toString());
    json.put("type", type);
    if (detailsKey != null) {
      json.set(detailsKey, details);
    }
    return json;
  }
}
