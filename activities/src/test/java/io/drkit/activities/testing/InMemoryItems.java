package io.drkit.activities.testing;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.activities.consistency.ItemReplicas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item table's replicas in memory, by region; segments split keys by hash as a parallel scan would. */
public final class InMemoryItems implements ItemReplicas {

  private final Map<String, Map<String, Map<String, AttributeValue>>> regions = new ConcurrentHashMap<>();

  /** An item as the router writes it. */
  public static Map<String, AttributeValue> item(String id, String data, long version, String updatedAt,
      String region) {
    return Map.of(ITEM_KEY, AttributeValue.fromS(id), "data", AttributeValue.fromS(data),
        "version", AttributeValue.fromN(Long.toString(version)), "updatedAt", AttributeValue.fromS(updatedAt),
        "updatedRegion", AttributeValue.fromS(region));
  }

  public InMemoryItems put(String region, Map<String, AttributeValue> item) {
    table(region).put(item.get(ITEM_KEY).s(), item);
    return this;
  }

  public InMemoryItems delete(String region, String key) {
    table(region).remove(key);
    return this;
  }

  public Map<String, Map<String, AttributeValue>> items(String region) {
    return Map.copyOf(table(region));
  }

  private Map<String, Map<String, AttributeValue>> table(String region) {
    return regions.computeIfAbsent(region, r -> new TreeMap<>());
  }

  @Override
  public synchronized void scan(String region, int segment, int totalSegments,
      Consumer<Map<String, AttributeValue>> each) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    table(region).forEach((key, item) -> {
      if (Math.floorMod(key.hashCode(), totalSegments) == segment) {
        items.add(item);
      }
    });
    items.forEach(each);
  }

  @Override
  public synchronized Optional<Map<String, AttributeValue>> read(String region, String key) {
    return Optional.ofNullable(table(region).get(key));
  }

  @Override
  public synchronized boolean putIfUnchanged(String region, Map<String, AttributeValue> item,
      Optional<Map<String, AttributeValue>> seen) {
    Optional<Map<String, AttributeValue>> now = read(region, item.get(ITEM_KEY).s());
    boolean unchanged = seen.isEmpty() ? now.isEmpty() : now.isPresent()
        && Objects.equals(now.get().get("updatedAt"), seen.get().get("updatedAt"))
        && Objects.equals(now.get().get("version"), seen.get().get("version"));
    if (unchanged) {
      put(region, item);
    }
    return unchanged;
  }
}
