package io.drkit.workflows.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One recorded execution of the corpus: definition, input, expected result, mocked tasks, features. */
public record ConformanceCase(String id, JsonNode definition, JsonNode input, JsonNode expected, String needs,
    JsonNode taskMocks, List<String> features, boolean placeholders) {

  static ConformanceCase of(JsonNode line) {
    List<String> features = new ArrayList<>();
    line.path("features").forEach(f -> features.add(f.asText()));
    return new ConformanceCase(line.path("id").asText(), line.get("definition"), line.get("input"),
        line.get("expected"), line.path("needs").asText("none"), line.get("task_mocks"), List.copyOf(features),
        line.path("placeholders_in_expected").asBoolean(false));
  }
}
