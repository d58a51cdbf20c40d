package io.drkit.activities.consistency;

import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static io.drkit.activities.consistency.TwoReplicas.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BucketComparisonTest {

  private final TwoReplicas replicas = new TwoReplicas();

  @Test
  void keysMissingOnEitherSideAndKeysThatDifferAreCountedAndListedInKeyOrder() {
    replicas.inBoth(item("a", "same"));
    replicas.items.put(MUMBAI, item("d", "Mumbai's")).put(SINGAPORE, item("d", "Singapore's"));
    replicas.items.put(MUMBAI, item("c", "only in Mumbai"));
    replicas.items.put(SINGAPORE, item("b", "only in Singapore"));

    KeyDifferences differences = replicas.compare(1, List.of(0), null);

    assertThat(differences).isEqualTo(new KeyDifferences(1, 1, 1, 3, List.of("b", "c", "d"), false));
  }

  @Test
  void regionsWithTheSameItemsHaveNoDifferingKeys() {
    replicas.inBoth(item("a", "1")).inBoth(item("b", "2"));

    assertThat(replicas.compare(1, List.of(0), null)).isEqualTo(new KeyDifferences(0, 0, 0, 0, List.of(), false));
  }

  @Test
  void keysInBucketsThatDoNotDifferAreNotLookedAt() {
    String listed = "key-1";
    String other = IntStream.range(2, 100).mapToObj(i -> "key-" + i)
        .filter(key -> ItemDigests.bucket(key, 64) != ItemDigests.bucket(listed, 64)).findFirst().orElseThrow();
    replicas.items.put(MUMBAI, item(listed, "x")).put(MUMBAI, item(other, "y"));

    KeyDifferences differences = replicas.compare(64, List.of(ItemDigests.bucket(listed, 64)), null);

    assertThat(differences.keys()).containsExactly(listed);
    assertThat(differences.total()).isEqualTo(1);
  }

  @Test
  void atMostMaxKeysAreListedWhileTheCountsStayExact() {
    IntStream.range(0, 10).forEach(i -> replicas.items.put(MUMBAI, item("k0" + i, "only in Mumbai")));
    IntStream.range(0, 4).forEach(i -> replicas.items.put(SINGAPORE, item("k1" + i, "only in Singapore")));

    KeyDifferences differences = replicas.compare(1, List.of(0), 3);

    assertThat(differences.keys()).containsExactly("k00", "k01", "k02");
    assertThat(differences.truncated()).isTrue();
    assertThat(differences.missingInTargetRegion()).isEqualTo(10);
    assertThat(differences.missingInFailedRegion()).isEqualTo(4);
    assertThat(differences.total()).isEqualTo(14);
  }

  @Test
  void exactlyMaxKeysDifferencesAreListedWhole() {
    IntStream.range(0, 3).forEach(i -> replicas.items.put(MUMBAI, item("k" + i, "only in Mumbai")));

    KeyDifferences differences = replicas.compare(1, List.of(0), 3);

    assertThat(differences.keys()).hasSize(3);
    assertThat(differences.truncated()).isFalse();
  }

  @Test
  void aBucketBeyondTheBucketCountIsRefused() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.COMPARE_BUCKETS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','buckets':4,'differingBuckets':[4]}")
        .hasMessageContaining("'differingBuckets'").hasMessageContaining("0 to 3");
  }

  @Test
  void moreKeysThanTheWorkflowCanCarryAreRefused() {
    new StepRunner(new TestRegions()).refuses(ActivityCatalog.COMPARE_BUCKETS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','differingBuckets':[],'maxKeys':5001}")
        .hasMessageContaining("'maxKeys'");
  }
}
