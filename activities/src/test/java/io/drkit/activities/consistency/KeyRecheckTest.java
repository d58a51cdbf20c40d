package io.drkit.activities.consistency;

import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryItems;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyRecheckTest {

  private static final Map<String, AttributeValue> OLD = InMemoryItems.item("k", "old", 1,
      "2026-12-02T09:59:58.000Z", MUMBAI);
  private static final Map<String, AttributeValue> NEW = InMemoryItems.item("k", "new", 2,
      "2026-12-02T09:59:59.000Z", MUMBAI);
  private static final Map<String, AttributeValue> NEWER = InMemoryItems.item("k", "newer", 3,
      "2026-12-02T09:59:59.500Z", SINGAPORE);

  private final TestRegions regions = new TestRegions();
  private final InMemoryItems items = regions.items;

  private RecheckResult recheck(int inFlightSeconds, String... keys) {
    return new KeyRecheck(items, regions.time).recheck(new KeysInput(MUMBAI, SINGAPORE, Arrays.asList(keys),
        inFlightSeconds));
  }

  /** Makes {@code change} happen once, the first time a wait has lasted {@code after}, as replication would. */
  private void after(Duration after, Runnable change) {
    boolean[] done = {false};
    regions.time.onPause(() -> {
      if (!done[0] && waited().compareTo(after) >= 0) {
        done[0] = true;
        change.run();
      }
    });
  }

  private Duration waited() {
    return Duration.ofNanos(regions.time.nanoTime());
  }

  @Test
  void aKeyTheSameOnBothSidesIsSettledWithoutWaiting() {
    items.put(MUMBAI, NEW).put(SINGAPORE, NEW);

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(1, 0, 0, List.of()));
    assertThat(waited()).isZero();
  }

  @Test
  void aKeyWhoseNewerWriteReachesTheStaleSideWithinTheWindowIsInFlight() {
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);
    after(Duration.ofSeconds(2), () -> items.put(SINGAPORE, NEW));

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 1, 0, List.of()));
    assertThat(waited()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void theStaleSideMayBeTheFailedRegion() {
    items.put(MUMBAI, OLD).put(SINGAPORE, NEWER);
    after(Duration.ofSeconds(1), () -> items.put(MUMBAI, NEWER));

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 1, 0, List.of()));
  }

  @Test
  void aLaterWriteLandingOnTheStaleSideAlsoEndsTheWait() {
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);
    after(Duration.ofSeconds(1), () -> items.put(SINGAPORE, NEWER));

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 1, 0, List.of()));
  }

  @Test
  void anOlderWriteArrivingIsNotTheAwaitedOne() {
    Map<String, AttributeValue> older = InMemoryItems.item("k", "older", 1, "2026-12-02T09:59:00.000Z", SINGAPORE);
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);
    after(Duration.ofSeconds(1), () -> items.put(SINGAPORE, older));

    assertThat(recheck(5, "k").divergent()).isEqualTo(1);
  }

  @Test
  void anItemMissingOnOneSideIsInFlightWhenItArrives() {
    items.put(MUMBAI, NEW);
    after(Duration.ofSeconds(1), () -> items.put(SINGAPORE, NEW));

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 1, 0, List.of()));
  }

  @Test
  void aKeyWhoseWriteNeverArrivesIsDivergentAfterTheWholeWindow() {
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 0, 1, List.of("k")));
    assertThat(waited()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
  }

  @Test
  void aDeleteThatReachesTheOtherSideWithinTheWindowIsInFlight() {
    items.put(SINGAPORE, OLD);
    after(Duration.ofSeconds(1), () -> items.delete(SINGAPORE, "k"));

    assertThat(recheck(5, "k")).isEqualTo(new RecheckResult(0, 1, 0, List.of()));
  }

  @Test
  void withAWindowOfZeroADifferenceIsDivergentAtOnce() {
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);
    after(Duration.ZERO, () -> items.put(SINGAPORE, NEW));

    assertThat(recheck(0, "k")).isEqualTo(new RecheckResult(0, 0, 1, List.of("k")));
    assertThat(waited()).isZero();
  }

  @Test
  void eachKeyIsCountedInOneOutcomeAndOnlyTheDivergentAreListed() {
    items.put(MUMBAI, NEW).put(SINGAPORE, NEW);
    items.put(MUMBAI, InMemoryItems.item("moving", "new", 2, "2026-12-02T09:59:59.000Z", MUMBAI))
        .put(SINGAPORE, InMemoryItems.item("moving", "old", 1, "2026-12-02T09:59:58.000Z", MUMBAI));
    items.put(MUMBAI, InMemoryItems.item("stuck", "new", 2, "2026-12-02T09:59:59.000Z", MUMBAI));
    after(Duration.ofSeconds(1), () -> items.put(SINGAPORE, items.items(MUMBAI).get("moving")));

    assertThat(recheck(5, "k", "moving", "stuck")).isEqualTo(new RecheckResult(1, 1, 1, List.of("stuck")));
  }

  @Test
  void throughJsonTheWindowIsFiveSecondsByDefault() {
    items.put(MUMBAI, NEW).put(SINGAPORE, OLD);

    JsonNode result = new StepRunner(regions).run(ActivityCatalog.RECHECK_KEYS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','keys':['k']}");

    assertThat(result.get("divergent").asInt()).isEqualTo(1);
    assertThat(waited()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
  }

  @Test
  void aWindowLongerThanFiveMinutesIsRefused() {
    new StepRunner(regions).refuses(ActivityCatalog.RECHECK_KEYS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','keys':[],'inFlightSeconds':301}")
        .hasMessageContaining("'inFlightSeconds'");
  }

  @Test
  void theKeysAreRequired() {
    new StepRunner(regions).refuses(ActivityCatalog.RECHECK_KEYS,
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1'}").hasMessageContaining("'keys'");
  }
}
