package io.drkit.activities.consistency;

import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static io.drkit.activities.consistency.TwoReplicas.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DigestScanTest {

  private final TwoReplicas replicas = new TwoReplicas();

  private void hundredItemsIn(String region) {
    IntStream.range(0, 100).forEach(i -> replicas.items.put(region, item("item-" + i, "data " + i)));
  }

  @Test
  void theSegmentsOfAScanTogetherHoldEveryItemExactlyOnce() {
    hundredItemsIn(MUMBAI);
    List<SegmentDigests> segments = replicas.scanAll(MUMBAI, 4, 16);
    SegmentDigests whole = replicas.scan(MUMBAI, 0, 1, 16);

    assertThat(segments).extracting(SegmentDigests::segment).containsExactly(0, 1, 2, 3);
    assertThat(segments).allSatisfy(segment -> assertThat(segment.items()).isBetween(1L, 99L));
    assertThat(segments.stream().mapToLong(SegmentDigests::items).sum()).isEqualTo(100);
    assertThat(whole.items()).isEqualTo(100);
    for (int bucket = 0; bucket < 16; bucket++) {
      int inBucket = bucket;
      assertThat(segments.stream().mapToInt(s -> s.counts().get(inBucket)).sum())
          .as("bucket %d", bucket).isEqualTo(whole.counts().get(bucket));
    }
  }

  @Test
  void aRegionScannedInSegmentsDigestsLikeTheSameItemsScannedWhole() {
    hundredItemsIn(MUMBAI);
    hundredItemsIn(SINGAPORE);

    assertThat(replicas.diff(4, 1, 16).consistent()).isTrue();
    assertThat(replicas.diff(3, 7, 16).consistent()).isTrue();
  }

  @Test
  void anItemsDigestDoesNotDependOnTheOrderOfItsAttributes() {
    Map<String, AttributeValue> written = new LinkedHashMap<>();
    written.put("id", AttributeValue.fromS("order-1"));
    written.put("version", AttributeValue.fromN("2"));
    written.put("data", AttributeValue.fromM(orderedMap("total", "12.50", "currency", "INR")));
    Map<String, AttributeValue> replicated = new LinkedHashMap<>();
    replicated.put("data", AttributeValue.fromM(orderedMap("currency", "INR", "total", "12.50")));
    replicated.put("version", AttributeValue.fromN("2"));
    replicated.put("id", AttributeValue.fromS("order-1"));
    replicas.items.put(MUMBAI, written).put(SINGAPORE, replicated);

    assertThat(replicas.scan(MUMBAI, 0, 1, 8).digests()).isEqualTo(replicas.scan(SINGAPORE, 0, 1, 8).digests());
  }

  private static Map<String, AttributeValue> orderedMap(String name, String value, String otherName,
      String otherValue) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    map.put(name, AttributeValue.fromS(value));
    map.put(otherName, AttributeValue.fromS(otherValue));
    return map;
  }

  @Test
  void aNumberDigestsTheSameHoweverManyTrailingZerosItIsWrittenWith() {
    replicas.items.put(MUMBAI, Map.of("id", AttributeValue.fromS("n"), "amount", AttributeValue.fromN("5")));
    replicas.items.put(SINGAPORE, Map.of("id", AttributeValue.fromS("n"), "amount", AttributeValue.fromN("5.00")));

    assertThat(replicas.scan(MUMBAI, 0, 1, 8).digests()).isEqualTo(replicas.scan(SINGAPORE, 0, 1, 8).digests());
  }

  @Test
  void aChangedAttributeChangesTheDigestOfItsBucketOnly() {
    replicas.inBoth(item("a", "same")).inBoth(item("b", "same"));
    replicas.items.put(MUMBAI, item("c", "written in Mumbai")).put(SINGAPORE, item("c", "written in Singapore"));

    List<String> mumbai = replicas.scan(MUMBAI, 0, 1, 64).digests();
    List<String> singapore = replicas.scan(SINGAPORE, 0, 1, 64).digests();
    int bucketOfC = ItemDigests.bucket("c", 64);
    for (int bucket = 0; bucket < 64; bucket++) {
      if (bucket == bucketOfC) {
        assertThat(mumbai.get(bucket)).isNotEqualTo(singapore.get(bucket));
      } else {
        assertThat(mumbai.get(bucket)).as("bucket %d", bucket).isEqualTo(singapore.get(bucket));
      }
    }
  }

  @Test
  void eachBucketCountsTheItemsThatFellInItAndAnEmptyBucketDigestsToZero() {
    replicas.items.put(MUMBAI, item("a", "1")).put(MUMBAI, item("b", "2")).put(MUMBAI, item("c", "3"));

    SegmentDigests scan = replicas.scan(MUMBAI, 0, 1, 64);

    assertThat(scan.region()).isEqualTo(MUMBAI);
    assertThat(scan.items()).isEqualTo(3);
    assertThat(scan.counts()).hasSize(64);
    assertThat(scan.digests()).hasSize(64);
    assertThat(scan.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    for (String key : List.of("a", "b", "c")) {
      assertThat(scan.counts().get(ItemDigests.bucket(key, 64))).as(key).isPositive();
    }
    for (int bucket = 0; bucket < 64; bucket++) {
      assertThat(scan.digests().get(bucket).equals("0")).as("bucket %d", bucket)
          .isEqualTo(scan.counts().get(bucket) == 0);
    }
  }

  @Test
  void withOneBucketEveryItemIsInIt() {
    hundredItemsIn(MUMBAI);

    assertThat(replicas.scan(MUMBAI, 0, 1, 1).counts()).containsExactly(100);
  }

  @Test
  void anEmptyTableScansToZeroItemsInEveryBucket() {
    SegmentDigests scan = replicas.scan(SINGAPORE, 0, 1, 4);

    assertThat(scan.items()).isZero();
    assertThat(scan.counts()).containsExactly(0, 0, 0, 0);
    assertThat(scan.digests()).containsExactly("0", "0", "0", "0");
  }

  @Test
  void throughJsonAScanDefaultsToOneSegmentOf256Buckets() {
    TestRegions regions = new TestRegions();
    regions.items.put(MUMBAI, item("a", "1"));

    JsonNode scan = new StepRunner(regions).run(ActivityCatalog.SCAN_DIGESTS, "{'region':'ap-south-1'}");

    assertThat(scan.get("region").asText()).isEqualTo(MUMBAI);
    assertThat(scan.get("segment").asInt()).isZero();
    assertThat(scan.get("items").asLong()).isEqualTo(1);
    assertThat(scan.get("digests")).hasSize(256);
    assertThat(scan.get("counts")).hasSize(256);
  }

  @Test
  void aRegionOutsideTheDeploymentIsRefused() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.SCAN_DIGESTS, "{'region':'eu-west-1'}")
        .hasMessageContaining("eu-west-1");
  }

  @Test
  void aSegmentBeyondTheSegmentCountIsRefused() {
    new StepRunner(new TestRegions())
        .refuses(ActivityCatalog.SCAN_DIGESTS, "{'region':'ap-south-1','segment':4,'totalSegments':4}")
        .hasMessageContaining("'segment'").hasMessageContaining("0 to 3");
  }

  @Test
  void moreBucketsThanTheDiffCanCarryAreRefused() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.SCAN_DIGESTS, "{'region':'ap-south-1','buckets':513}")
        .hasMessageContaining("'buckets'");
  }
}
