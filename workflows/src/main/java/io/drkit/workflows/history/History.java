package io.drkit.workflows.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.internal.Json;
import java.util.ArrayList;
import java.util.List;

/** The events of one execution, numbered from 1 in the order they happen. */
public final class History {

  private static final java.util.Set<String> PAYLOADS = java.util.Set.of("input", "output", "parameters");

  private final EngineClock clock;
  private final List<HistoryEvent> events = new ArrayList<>();

  public History(EngineClock clock) {
    this.clock = clock;
  }

  /** Appends an event and returns its id. */
  public synchronized long add(long previousEventId, String type, String detailsKey, ObjectNode details) {
    long id = events.size() + 1L;
    events.add(new HistoryEvent(id, previousEventId, clock.now(), type, detailsKey, details));
    return id;
  }

  public synchronized List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  public synchronized long lastId() {
    return events.size();
  }

  /** A details object; payloads are JSON text, as in the API. */
  public static ObjectNode details(Object... keysAndValues) {
    ObjectNode details = Json.object();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value == null) {
        continue;
      }
      if (PAYLOADS.contains(key) && value instanceof JsonNode node) {
        details.put(key, Json.write(node));
        details.putObject(key + "Details").put("truncated", false);
      } else if (value instanceof JsonNode node) {
        details.set(key, node);
      } else if (value instanceof Number number) {
        details.put(key, number.longValue());
      } else {
        details.put(key, String.valueOf(value));
      }
    }
    return details;
  }
}
