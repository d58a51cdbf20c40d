package io.drkit.activities.consistency;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The steps of the consistency validation. Payloads stay small whatever the table size: digests per bucket, then keys
 * only of the buckets that differ, bounded.
 */
public final class ConsistencyCheck {

  static final int DEFAULT_BUCKETS = 256;
  static final int MAX_BUCKETS = 512;
  static final int DEFAULT_MAX_KEYS = 500;

  private final Clients clients;

  public ConsistencyCheck(Clients clients) {
    this.clients = clients;
  }

  /** Input: {@code {"region", "segment", "totalSegments", "buckets"?}}: one parallel-scan segment's bucket digests. */
  public JsonNode scanDigests(JsonNode json) {
    Input input = Input.of(json);
    String region = input.region("region");
    clients.settings().config(region);
    int total = (int) input.number("totalSegments", 1, 1, 64);
    int segment = (int) input.number("segment", 0, 0, total - 1);
    int buckets = (int) input.number("buckets", DEFAULT_BUCKETS, 1, MAX_BUCKETS);
    long[] digests = new long[buckets];
    int[] counts = new int[buckets];
    long items = 0;
    String table = clients.settings().tables().application();
    for (var page : clients.bulkDynamoDb(region).scanPaginator(b -> b.tableName(table).segment(segment)
        .totalSegments(total).consistentRead(true))) {
      for (Map<String, AttributeValue> item : page.items()) {
        int bucket = ItemDigests.bucket(item.get(ITEM_KEY).s(), buckets);
        digests[bucket] ^= ItemDigests.itemDigest(item);
        counts[bucket]++;
        items++;
      }
    }
    ObjectNode result = Json.object();
    result.put("region", region);
    result.put("segment", segment);
    result.put("items", items);
    ArrayNode digestArray = result.putArray("digests");
    ArrayNode countArray = result.putArray("counts");
    for (int i = 0; i < buckets; i++) {
      digestArray.add(Long.toHexString(digests[i]));
      countArray.add(counts[i]);
    }
    return result;
  }

  /**
   * Input: {@code {"failedRegion", "targetRegion", "scans": [scanDigests outputs]}}: combines segments per region
   * and lists the buckets whose digests differ.
   */
  public JsonNode diffDigests(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    JsonNode scans = json.get("scans");
    if (scans == null || !scans.isArray() || scans.isEmpty()) {
      throw new DR.InvalidInput("'scans' must be the non-empty list of scan outputs");
    }
    int buckets = scans.get(0).path("digests").size();
    Map<String, long[]> digests = new HashMap<>();
    Map<String, Long> items = new HashMap<>();
    for (JsonNode scan : scans) {
      String region = scan.path("region").asText();
      long[] combined = digests.computeIfAbsent(region, r -> new long[buckets]);
      JsonNode values = scan.path("digests");
      if (values.size() != buckets) {
        throw new DR.InvalidInput("every scan must use the same number of buckets");
      }
      for (int i = 0; i < buckets; i++) {
        combined[i] ^= Long.parseUnsignedLong(values.get(i).asText(), 16);
      }
      items.merge(region, scan.path("items").asLong(), Long::sum);
    }
    long[] a = digests.getOrDefault(regions[0], new long[buckets]);
    long[] b = digests.getOrDefault(regions[1], new long[buckets]);
    ObjectNode result = Json.object();
    result.put("buckets", buckets);
    result.put("failedRegionItems", items.getOrDefault(regions[0], 0L));
    result.put("targetRegionItems", items.getOrDefault(regions[1], 0L));
    ArrayNode differing = result.putArray("differingBuckets");
    for (int i = 0; i < buckets; i++) {
      if (a[i] != b[i]) {
        differing.add(i);
      }
    }
    result.put("consistent", differing.isEmpty());
    return result;
  }

  /**
   * Input: {@code {"failedRegion", "targetRegion", "buckets", "differingBuckets": [..], "maxKeys"?}}: the keys whose
   * items differ, within the differing buckets only, bounded by maxKeys (counts stay exact).
   */
  public JsonNode compareBuckets(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    int buckets = (int) input.number("buckets", DEFAULT_BUCKETS, 1, MAX_BUCKETS);
    int maxKeys = (int) input.number("maxKeys", DEFAULT_MAX_KEYS, 1, 5_000);
    Set<Integer> differing = new HashSet<>();
    json.path("differingBuckets").forEach(b -> differing.add(b.asInt()));
    Map<String, Long> left = digestsIn(regions[0], buckets, differing);
    Map<String, Long> right = digestsIn(regions[1], buckets, differing);
    Set<String> keys = new TreeSet<>();
    int onlyLeft = 0;
    int onlyRight = 0;
    int changed = 0;
    for (Map.Entry<String, Long> e : left.entrySet()) {
      Long other = right.get(e.getKey());
      if (other == null) {
        onlyLeft++;
        keys.add(e.getKey());
      } else if (!other.equals(e.getValue())) {
        changed++;
        keys.add(e.getKey());
      }
    }
    for (String key : right.keySet()) {
      if (!left.containsKey(key)) {
        onlyRight++;
        keys.add(key);
      }
    }
    ObjectNode result = Json.object();
    result.put("missingInTargetRegion", onlyLeft);
    result.put("missingInFailedRegion", onlyRight);
    result.put("differing", changed);
    result.put("total", keys.size());
    ArrayNode list = result.putArray("keys");
    keys.stream().limit(maxKeys).forEach(list::add);
    result.put("truncated", keys.size() > maxKeys);
    return result;
  }

  /**
   * Input: {@code {"failedRegion", "targetRegion", "keys": [..], "inFlightSeconds"?}}: which keys still differ. A key
   * that differs is in flight, not divergent, when replication brings the newer side's write to the other side
   * within {@code inFlightSeconds} (default 5): under live writes a hot key always differs for a moment, yet it is
   * divergent only when what one side holds never reaches the other.
   */
  public JsonNode recheck(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    long window = (long) input.number("inFlightSeconds", 5, 0, 300) * 1000;
    Map<String, Awaited> waiting = new java.util.LinkedHashMap<>();
    int settled = 0;
    for (String key : keys(json)) {
      Optional<Map<String, AttributeValue>> a = read(regions[0], key);
      Optional<Map<String, AttributeValue>> b = read(regions[1], key);
      if (SameData.of(a, b)) {
        settled++;
      } else {
        boolean aNewer = b.isEmpty() || a.isPresent() && newer(a.get(), b.get());
        waiting.put(key, new Awaited(aNewer ? regions[1] : regions[0], aNewer ? a : b));
      }
    }
    int inFlight = 0;
    long deadline = System.nanoTime() + window * 1_000_000;
    while (!waiting.isEmpty() && System.nanoTime() < deadline) {
      pause(200);
      var keys = waiting.entrySet().iterator();
      while (keys.hasNext()) {
        var entry = keys.next();
        if (entry.getValue().arrived(read(entry.getValue().region(), entry.getKey()))) {
          keys.remove();
          inFlight++;
        }
      }
    }
    ObjectNode result = Json.object();
    result.put("settled", settled);
    result.put("inFlight", inFlight);
    result.put("divergent", waiting.size());
    ArrayNode list = result.putArray("keys");
    waiting.keySet().forEach(list::add);
    return result;
  }

  /** What the stale side must come to hold: the newer side's write, or a later one; an absence, if that is newer. */
  private record Awaited(String region, Optional<Map<String, AttributeValue>> written) {
    boolean arrived(Optional<Map<String, AttributeValue>> now) {
      if (written.isEmpty()) {
        return now.isEmpty();
      }
      return now.isPresent() && (SameData.of(now, written) || newer(now.get(), written.get()));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for replication", e);
    }
  }

  /**
   * Input: {@code {"failedRegion", "targetRegion", "keys": [..]}}: repairs each key by last writer wins (updatedAt,
   * then version); an item missing on one side is copied there.
   */
  public JsonNode repair(JsonNode json) {
    Input input = Input.of(json);
    String[] regions = input.regionPair("failedRegion", "targetRegion");
    int repaired = 0;
    String table = clients.settings().tables().application();
    for (String key : keys(json)) {
      Optional<Map<String, AttributeValue>> a = read(regions[0], key);
      Optional<Map<String, AttributeValue>> b = read(regions[1], key);
      if (SameData.of(a, b)) {
        continue;
      }
      boolean aWins = b.isEmpty() || a.isPresent() && newer(a.get(), b.get());
      Map<String, AttributeValue> winner = aWins ? a.get() : b.get();
      String loser = aWins ? regions[1] : regions[0];
      clients.dynamoDb(loser).putItem(p -> p.tableName(table).item(winner));
      repaired++;
    }
    ObjectNode result = Json.object();
    result.put("repaired", repaired);
    return result;
  }

  private static boolean newer(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    int byTime = text(a, "updatedAt").compareTo(text(b, "updatedAt"));
    if (byTime != 0) {
      return byTime > 0;
    }
    int byVersion = Long.compare(number(a, "version"), number(b, "version"));
    if (byVersion != 0) {
      return byVersion > 0;
    }
    return text(a, "updatedRegion").compareTo(text(b, "updatedRegion")) >= 0;
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? "" : value.s();
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
  }

  private Map<String, Long> digestsIn(String region, int buckets, Set<Integer> wanted) {
    Map<String, Long> digests = new HashMap<>();
    String table = clients.settings().tables().application();
    for (var page : clients.bulkDynamoDb(region).scanPaginator(b -> b.tableName(table).consistentRead(true))) {
      for (Map<String, AttributeValue> item : page.items()) {
        String key = item.get(ITEM_KEY).s();
        if (wanted.contains(ItemDigests.bucket(key, buckets))) {
          digests.put(key, ItemDigests.itemDigest(item));
        }
      }
    }
    return digests;
  }

  private Optional<Map<String, AttributeValue>> read(String region, String key) {
    var response = clients.dynamoDb(region).getItem(b -> b.tableName(clients.settings().tables().application())
        .consistentRead(true).key(Map.of(ITEM_KEY, AttributeValue.fromS(key))));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
  }

  private static List<String> keys(JsonNode json) {
    JsonNode keys = json.get("keys");
    if (keys == null || !keys.isArray()) {
      throw new DR.InvalidInput("'keys' must be a list of item ids");
    }
    List<String> list = new ArrayList<>();
    keys.forEach(k -> list.add(k.asText()));
    return list;
  }

  /** Two optional items hold the same data. */
  private static final class SameData {
    static boolean of(Optional<Map<String, AttributeValue>> a, Optional<Map<String, AttributeValue>> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty();
      }
      return ItemDigests.itemDigest(a.get()) == ItemDigests.itemDigest(b.get());
    }
  }
}
