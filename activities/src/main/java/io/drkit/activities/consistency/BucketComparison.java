package io.drkit.activities.consistency;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** CompareBuckets: the keys whose items differ between the regions, within the differing buckets only. */
public final class BucketComparison {

  private final ItemReplicas items;

  public BucketComparison(ItemReplicas items) {
    this.items = items;
  }

  public KeyDifferences compare(CompareBucketsInput input) {
    Set<Integer> wanted = new HashSet<>(input.differingBuckets());
    Map<String, Long> failed = digestsIn(input.failedRegion(), input.buckets(), wanted);
    Map<String, Long> target = digestsIn(input.targetRegion(), input.buckets(), wanted);
    Set<String> keys = new TreeSet<>();
    int onlyFailed = 0;
    int changed = 0;
    for (Map.Entry<String, Long> e : failed.entrySet()) {
      Long other = target.get(e.getKey());
      if (other == null) {
        onlyFailed++;
        keys.add(e.getKey());
      } else if (!other.equals(e.getValue())) {
        changed++;
        keys.add(e.getKey());
      }
    }
    int onlyTarget = 0;
    for (String key : target.keySet()) {
      if (!failed.containsKey(key)) {
        onlyTarget++;
        keys.add(key);
      }
    }
    return new KeyDifferences(onlyFailed, onlyTarget, changed, keys.size(),
        keys.stream().limit(input.maxKeys()).toList(), keys.size() > input.maxKeys());
  }

  private Map<String, Long> digestsIn(String region, int buckets, Set<Integer> wanted) {
    Map<String, Long> digests = new HashMap<>();
    items.scan(region, 0, 1, item -> {
      String key = item.get(ITEM_KEY).s();
      if (wanted.contains(ItemDigests.bucket(key, buckets))) {
        digests.put(key, ItemDigests.itemDigest(item));
      }
    });
    return digests;
  }
}
