package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the regions hold the same items at the end: the same ids, and for each the same version and data.
 * A region that lost its data for good and was not rebuilt shows as divergent, which is the truth.
 */
public record Convergence(boolean converged, long items, Set<String> divergentIds) {

  private static final int IDS_SHOWN = 100;

  public static Convergence of(DrillRecord record) {
    Map<String, Map<String, JsonNode>> regions = record.finalItems();
    Set<String> ids = new TreeSet<>();
    regions.values().forEach(items -> ids.addAll(items.keySet()));
    Set<String> divergent = new TreeSet<>();
    for (String id : ids) {
      long distinct = regions.values().stream().map(items -> comparable(items.get(id))).distinct().count();
      if (distinct > 1) {
        divergent.add(id);
      }
    }
    boolean converged = divergent.isEmpty() && regions.size() > 1;
    return new Convergence(converged, ids.size(),
        Set.copyOf(divergent.stream().limit(IDS_SHOWN).toList()));
  }

  private static String comparable(JsonNode item) {
    if (item == null) {
      return "absent";
    }
    return item.path("version").asText() + " " + Objects.toString(item.get("data"));
  }
}
