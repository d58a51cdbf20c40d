package io.drkit.router.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.Json;
import java.util.Objects;

/**
 * A stored item. {@code version} starts at 1 and grows by one with each update; {@code updatedAt} (fixed-width
 * ISO-8601, UTC, milliseconds) and {@code updatedRegion} say which write won, as global tables' last writer wins.
 */
public record Item(String id, ObjectNode data, long version, String createdAt, String updatedAt, String updatedRegion) {

  public Item {
    Objects.requireNonNull(id, "id");
    data = Objects.requireNonNull(data, "data").deepCopy();
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(updatedRegion, "updatedRegion");
  }

  @Override
  public ObjectNode data() {
    return data.deepCopy();
  }

  public Item updated(ObjectNode newData, String at, String region) {
    return new Item(id, newData, version + 1, createdAt, at, region);
  }

  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.set("data", data.deepCopy());
    json.put("version", version);
    json.put("createdAt", createdAt);
    json.put("updatedAt", updatedAt);
    json.put("updatedRegion", updatedRegion);
    return json;
  }

  public static Item fromJson(ObjectNode json) {
    return new Item(
        json.path("id").asText(),
        (ObjectNode) json.get("data"),
        json.path("version").asLong(),
        json.path("createdAt").asText(),
        json.path("updatedAt").asText(),
        json.path("updatedRegion").asText());
  }
}
