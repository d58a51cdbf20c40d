package io.drkit.activities.consistency;

import io.drkit.activities.testing.InMemoryItems;
import io.drkit.activities.testing.TestRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item table in Mumbai and Singapore, in memory, with the steps that scan, diff and compare them. */
final class TwoReplicas {

  static final String MUMBAI = TestRegions.MUMBAI;
  static final String SINGAPORE = TestRegions.SINGAPORE;
  static final String WRITTEN_AT = "2026-12-02T09:00:00.000Z";

  final InMemoryItems items = new InMemoryItems();
  private final DigestScan scan = new DigestScan(TestRegions.settings(SINGAPORE), items);

  /** An item first written in Mumbai. */
  static Map<String, AttributeValue> item(String key, String data) {
    return InMemoryItems.item(key, data, 1, WRITTEN_AT, MUMBAI);
  }

  TwoReplicas inBoth(Map<String, AttributeValue> item) {
    items.put(MUMBAI, item).put(SINGAPORE, item);
    return this;
  }

  SegmentDigests scan(String region, int segment, int totalSegments, int buckets) {
    return scan.scan(new ScanDigestsInput(region, segment, totalSegments, buckets));
  }

  /** Every segment of one region's scan. */
  List<SegmentDigests> scanAll(String region, int totalSegments, int buckets) {
    List<SegmentDigests> segments = new ArrayList<>();
    for (int segment = 0; segment < totalSegments; segment++) {
      segments.add(scan(region, segment, totalSegments, buckets));
    }
    return segments;
  }

  /** Scans both regions (each in its own number of segments) and diffs the scans, as the workflow does. */
  DigestComparison diff(int mumbaiSegments, int singaporeSegments, int buckets) {
    List<SegmentDigests> scans = new ArrayList<>(scanAll(MUMBAI, mumbaiSegments, buckets));
    scans.addAll(scanAll(SINGAPORE, singaporeSegments, buckets));
    return new DigestDiff().diff(new DiffDigestsInput(MUMBAI, SINGAPORE, scans));
  }

  KeyDifferences compare(int buckets, List<Integer> differingBuckets, Integer maxKeys) {
    // a mutable copy: an input record's check cannot take an immutable list (see RequireTest)
    return new BucketComparison(items).compare(new CompareBucketsInput(MUMBAI, SINGAPORE, buckets,
        new ArrayList<>(differingBuckets), maxKeys));
  }
}
