package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonpath.Paths;
import java.util.ArrayList;
import java.util.List;

/** ItemBatcher: groups items into children of {@code {"BatchInput": ..., "Items": [...]}}. */
final class Batches {

  private Batches() {}

  static List<JsonNode> of(StateCall call, List<JsonNode> items) {
    JsonNode batcher = call.field("ItemBatcher");
    if (batcher == null || !batcher.isObject()) {
      return items;
    }
    long maxItems = limit(call, batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
    long maxBytes = limit(call, batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
    List<JsonNode> batches = new ArrayList<>();
    ObjectNode batch = null;
    long bytes = 0;
    for (JsonNode item : items) {
      long size = Json.write(item).length();
      if (batch == null || batch.get("Items").size() >= maxItems || bytes + size > maxBytes) {
        batch = Json.object();
        if (batcher.has("BatchInput")) {
          batch.set("BatchInput", batcher.get("BatchInput").deepCopy());
        }
        batch.putArray("Items");
        batches.add(batch);
        bytes = 0;
      }
      ((com.fasterxml.jackson.databind.node.ArrayNode) batch.get("Items")).add(item);
      bytes += size;
    }
    return batches;
  }

  private static long limit(StateCall call, JsonNode batcher, String field, String pathField) {
    if (batcher.has(pathField)) {
      JsonNode value = Paths.read(batcher.get(pathField).asText(), call.scope(call.input()));
      return value.canConvertToLong() && value.longValue() > 0 ? value.longValue() : Long.MAX_VALUE;
    }
    return batcher.has(field) && batcher.get(field).canConvertToLong() ? batcher.get(field).longValue()
        : Long.MAX_VALUE;
  }
}
