package io.drkit.activities.consistency;

import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static io.drkit.activities.testing.InMemoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryItems;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyRepairTest {

  private static final String AT = "2026-12-02T09:59:59.000Z";
  private static final String LATER = "2026-12-02T09:59:59.001Z";

  private final InMemoryItems items = new InMemoryItems();

  private RepairResult repair(ItemReplicas replicas, String... keys) {
    return new KeyRepair(replicas).repair(new KeysInput(MUMBAI, SINGAPORE, Arrays.asList(keys), null));
  }

  private RepairResult repair(String... keys) {
    return repair(items, keys);
  }

  private Map<String, AttributeValue> in(String region, String key) {
    return items.items(region).get(key);
  }

  /** Repairs a key the regions hold different copies of, and asserts both then hold the winning copy. */
  private void assertRepairLeavesBothWith(Map<String, AttributeValue> winner, Map<String, AttributeValue> mumbais,
      Map<String, AttributeValue> singapores) {
    items.put(MUMBAI, mumbais).put(SINGAPORE, singapores);

    assertThat(repair("k")).isEqualTo(new RepairResult(1, 0));
    assertThat(in(MUMBAI, "k")).isEqualTo(winner);
    assertThat(in(SINGAPORE, "k")).isEqualTo(winner);
  }

  @Test
  void theCopyWrittenLaterWinsWhateverItsVersion() {
    Map<String, AttributeValue> later = item("k", "later", 2, LATER, SINGAPORE);

    assertRepairLeavesBothWith(later, item("k", "earlier", 5, AT, MUMBAI), later);
  }

  @Test
  void atTheSameTimeTheHigherVersionWins() {
    Map<String, AttributeValue> higher = item("k", "higher", 4, AT, MUMBAI);

    assertRepairLeavesBothWith(higher, higher, item("k", "lower", 3, AT, SINGAPORE));
  }

  @Test
  void atTheSameTimeAndVersionTheGreaterRegionNameWins() {
    Map<String, AttributeValue> singapores = item("k", "Singapore's", 3, AT, SINGAPORE);

    assertRepairLeavesBothWith(singapores, item("k", "Mumbai's", 3, AT, MUMBAI), singapores);
  }

  @Test
  void anItemMissingOnEitherSideIsCopiedThere() {
    Map<String, AttributeValue> mumbaiOnly = item("m", "only in Mumbai", 1, AT, MUMBAI);
    Map<String, AttributeValue> singaporeOnly = item("s", "only in Singapore", 1, AT, SINGAPORE);
    items.put(MUMBAI, mumbaiOnly).put(SINGAPORE, singaporeOnly);

    assertThat(repair("m", "s")).isEqualTo(new RepairResult(2, 0));
    assertThat(in(SINGAPORE, "m")).isEqualTo(mumbaiOnly);
    assertThat(in(MUMBAI, "s")).isEqualTo(singaporeOnly);
  }

  @Test
  void keysAlreadyAlikeOrAbsentOnBothSidesAreLeftAlone() {
    Map<String, AttributeValue> same = item("k", "same", 1, AT, MUMBAI);
    items.put(MUMBAI, same).put(SINGAPORE, same);

    assertThat(repair("k", "nowhere")).isEqualTo(new RepairResult(0, 0));
    assertThat(items.items(SINGAPORE)).containsOnlyKeys("k");
  }

  @Test
  void aKeyWrittenSinceItWasReadIsNotOverwrittenAndCountsAsChangedMeanwhile() {
    Map<String, AttributeValue> clientWrite = item("k", "a client's write", 4, LATER, SINGAPORE);
    items.put(MUMBAI, item("k", "Mumbai's", 3, AT, MUMBAI)).put(SINGAPORE, item("k", "stale", 2, AT, SINGAPORE));

    RepairResult result = repair(writeLandsBeforeTheRepair(SINGAPORE, clientWrite), "k");

    assertThat(result).isEqualTo(new RepairResult(0, 1));
    assertThat(in(SINGAPORE, "k")).isEqualTo(clientWrite);
  }

  @Test
  void anItemCreatedOnTheMissingSideSinceItWasReadIsNotOverwritten() {
    Map<String, AttributeValue> clientWrite = item("k", "created meanwhile", 1, LATER, SINGAPORE);
    items.put(MUMBAI, item("k", "Mumbai's", 1, AT, MUMBAI));

    RepairResult result = repair(writeLandsBeforeTheRepair(SINGAPORE, clientWrite), "k");

    assertThat(result).isEqualTo(new RepairResult(0, 1));
    assertThat(in(SINGAPORE, "k")).isEqualTo(clientWrite);
  }

  @Test
  void throughJsonTheRepairedKeysAreCounted() {
    TestRegions regions = new TestRegions();
    regions.items.put(MUMBAI, item("k", "only in Mumbai", 1, AT, MUMBAI));

    assertThat(new StepRunner(regions).run(ActivityCatalog.REPAIR_KEYS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','keys':['k']}"))
        .isEqualTo(StepRunner.json("{'repaired':1,'changedMeanwhile':0}"));
  }

  /** The replicas, where a client's write lands on the region between the repair's read and its write. */
  private ItemReplicas writeLandsBeforeTheRepair(String region, Map<String, AttributeValue> write) {
    return new ItemReplicas() {
      @Override
      public void scan(String r, int segment, int totalSegments, Consumer<Map<String, AttributeValue>> each) {
        items.scan(r, segment, totalSegments, each);
      }

      @Override
      public Optional<Map<String, AttributeValue>> read(String r, String key) {
        return items.read(r, key);
      }

      @Override
      public boolean putIfUnchanged(String r, Map<String, AttributeValue> item,
          Optional<Map<String, AttributeValue>> seen) {
        if (r.equals(region)) {
          items.put(region, write);
        }
        return items.putIfUnchanged(r, item, seen);
      }
    };
  }
}
