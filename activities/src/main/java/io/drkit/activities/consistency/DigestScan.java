package io.drkit.activities.consistency;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.activities.support.ActivitySettings;
import java.util.ArrayList;
import java.util.List;

/** ScanDigests: one parallel-scan segment of one region's items, reduced to a digest per hash bucket. */
public final class DigestScan {

  private final ActivitySettings settings;
  private final ItemReplicas items;

  public DigestScan(ActivitySettings settings, ItemReplicas items) {
    this.settings = settings;
    this.items = items;
  }

  public SegmentDigests scan(ScanDigestsInput input) {
    settings.config(input.region());
    int buckets = input.buckets();
    long[] digests = new long[buckets];
    int[] counts = new int[buckets];
    long[] total = {0};
    items.scan(input.region(), input.segment(), input.totalSegments(), item -> {
      int bucket = ItemDigests.bucket(item.get(ITEM_KEY).s(), buckets);
      digests[bucket] ^= ItemDigests.itemDigest(item);
      counts[bucket]++;
      total[0]++;
    });
    List<String> hex = new ArrayList<>(buckets);
    List<Integer> count = new ArrayList<>(buckets);
    for (int i = 0; i < buckets; i++) {
      hex.add(Long.toHexString(digests[i]));
      count.add(counts[i]);
    }
    return new SegmentDigests(input.region(), input.segment(), total[0], hex, count);
  }
}
