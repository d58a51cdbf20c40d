package io.drkit.activities.consistency;

import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static io.drkit.activities.consistency.TwoReplicas.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestDiffTest {

  private final TwoReplicas replicas = new TwoReplicas();
  private final StepRunner steps = new StepRunner(new TestRegions());

  private void twentyItemsInBoth() {
    IntStream.range(0, 20).forEach(i -> replicas.inBoth(item("item-" + i, "data " + i)));
  }

  @Test
  void regionsHoldingTheSameItemsAreConsistent() {
    twentyItemsInBoth();

    DigestComparison diff = replicas.diff(4, 2, 32);

    assertThat(diff).isEqualTo(new DigestComparison(32, 20, 20, List.of(), true));
  }

  @Test
  void onlyTheBucketOfAChangedItemDiffers() {
    twentyItemsInBoth();
    replicas.items.put(SINGAPORE, item("item-7", "changed in Singapore"));

    DigestComparison diff = replicas.diff(2, 3, 32);

    assertThat(diff.consistent()).isFalse();
    assertThat(diff.differingBuckets()).containsExactly(ItemDigests.bucket("item-7", 32));
    assertThat(diff.failedRegionItems()).isEqualTo(20);
    assertThat(diff.targetRegionItems()).isEqualTo(20);
  }

  @Test
  void anItemOnOneSideOnlyMakesItsBucketDifferAndTheCountsShowIt() {
    twentyItemsInBoth();
    replicas.items.put(MUMBAI, item("only-in-mumbai", "x"));

    DigestComparison diff = replicas.diff(1, 1, 32);

    assertThat(diff.differingBuckets()).containsExactly(ItemDigests.bucket("only-in-mumbai", 32));
    assertThat(diff.failedRegionItems()).isEqualTo(21);
    assertThat(diff.targetRegionItems()).isEqualTo(20);
  }

  @Test
  void throughJsonTheBucketsWhoseDigestsDifferAreListed() {
    JsonNode diff = steps.run(ActivityCatalog.DIFF_DIGESTS,
        input(scan(MUMBAI, "a", "b", "ffffffffffffffff"), scan(SINGAPORE, "a", "c", "ffffffffffffffff")));

    assertThat(diff.get("differingBuckets").toString()).isEqualTo("[1]");
    assertThat(diff.get("consistent").asBoolean()).isFalse();
    assertThat(diff.get("buckets").asInt()).isEqualTo(3);
  }

  @Test
  void scansWithDifferentBucketCountsAreRefused() {
    steps.refuses(ActivityCatalog.DIFF_DIGESTS, input(scan(MUMBAI, "0", "0"), scan(SINGAPORE, "0")))
        .hasMessageContaining("'scans'").hasMessageContaining("same number of buckets");
  }

  @Test
  void aScanOfAThirdRegionIsRefused() {
    steps.refuses(ActivityCatalog.DIFF_DIGESTS, input(scan(MUMBAI, "0"), scan("eu-west-1", "0")))
        .hasMessageContaining("'scans'").hasMessageContaining("eu-west-1");
  }

  @Test
  void aDigestThatIsNotHexadecimalIsRefused() {
    steps.refuses(ActivityCatalog.DIFF_DIGESTS, input(scan(MUMBAI, "0"), scan(SINGAPORE, "not-hex")))
        .hasMessageContaining("'scans'").hasMessageContaining("not-hex");
  }

  @Test
  void noScansAtAllAreRefused() {
    steps.refuses(ActivityCatalog.DIFF_DIGESTS, input()).hasMessageContaining("'scans'");
  }

  /** The JSON of one segment's scan, with its digests. */
  private static String scan(String region, String... digests) {
    return "{'region':'" + region + "','segment':0,'items':" + digests.length + ",'digests':["
        + Arrays.stream(digests).map(d -> "'" + d + "'").collect(Collectors.joining(",")) + "],'counts':["
        + Arrays.stream(digests).map(d -> "1").collect(Collectors.joining(",")) + "]}";
  }

  private static String input(String... scans) {
    return "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','scans':[" + String.join(",", scans) + "]}";
  }
}
