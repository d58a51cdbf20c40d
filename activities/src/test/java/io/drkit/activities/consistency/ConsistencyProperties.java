package io.drkit.activities.consistency;

import io.drkit.core.replication.LastWriterWins;
import static io.drkit.activities.consistency.TwoReplicas.MUMBAI;
import static io.drkit.activities.consistency.TwoReplicas.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.testing.InMemoryItems;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Last writer wins, and the whole scan and diff, over random items. Two copies are the same write when they have the
 * same updatedAt, version and updatedRegion: the router never writes two different items so.
 */
class ConsistencyProperties {

  private static final String DELETED = "(deleted)";

  @Property(tries = 300)
  void ofTwoDifferentWritesExactlyOneWins(@ForAll("copies") Map<String, AttributeValue> a,
      @ForAll("copies") Map<String, AttributeValue> b) {
    Assume.that(!sameWrite(a, b));

    assertThat(LastWriterWins.wins(a, b)).isNotEqualTo(LastWriterWins.wins(b, a));
  }

  @Property(tries = 100)
  void aCopyWinsOverItself(@ForAll("copies") Map<String, AttributeValue> a) {
    assertThat(LastWriterWins.wins(a, a)).isTrue();
  }

  @Property(tries = 300)
  void bothRegionsPickTheSameWinner(@ForAll("maybeCopies") Optional<Map<String, AttributeValue>> mumbais,
      @ForAll("maybeCopies") Optional<Map<String, AttributeValue>> singapores) {
    Assume.that(mumbais.isPresent() || singapores.isPresent());
    Assume.that(mumbais.isEmpty() || singapores.isEmpty() || !sameWrite(mumbais.get(), singapores.get()));

    Optional<Map<String, AttributeValue>> mumbaiPicks =
        LastWriterWins.firstWins(mumbais, singapores) ? mumbais : singapores;
    Optional<Map<String, AttributeValue>> singaporePicks =
        LastWriterWins.firstWins(singapores, mumbais) ? singapores : mumbais;

    assertThat(mumbaiPicks).isEqualTo(singaporePicks).isPresent();
  }

  @Property(tries = 100)
  void scanAndDiffFindADifferenceExactlyWhenTheRegionsHoldDifferentItems(
      @ForAll("tables") Map<String, String> mumbai, @ForAll("edits") Map<String, String> edits,
      @ForAll @IntRange(min = 1, max = 4) int mumbaiSegments, @ForAll @IntRange(min = 1, max = 4) int singaporeSegments,
      @ForAll @IntRange(min = 1, max = 16) int buckets) {
    Map<String, String> singapore = new TreeMap<>(mumbai);
    edits.forEach((key, data) -> {
      if (data.equals(DELETED)) {
        singapore.remove(key);
      } else {
        singapore.put(key, data);
      }
    });
    TwoReplicas replicas = new TwoReplicas();
    mumbai.forEach((key, data) -> replicas.items.put(MUMBAI, TwoReplicas.item(key, data)));
    singapore.forEach((key, data) -> replicas.items.put(SINGAPORE, TwoReplicas.item(key, data)));

    DigestComparison diff = replicas.diff(mumbaiSegments, singaporeSegments, buckets);

    assertThat(diff.consistent()).isEqualTo(mumbai.equals(singapore));
    Set<String> differing = new TreeSet<>(mumbai.keySet());
    differing.addAll(singapore.keySet());
    differing.removeIf(key -> Objects.equals(mumbai.get(key), singapore.get(key)));
    assertThat(replicas.compare(buckets, diff.differingBuckets(), 5_000).keys())
        .as("the keys the differing buckets hold").containsExactlyElementsOf(differing);
  }

  private static boolean sameWrite(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    return a.get("updatedAt").equals(b.get("updatedAt")) && a.get("version").equals(b.get("version"))
        && a.get("updatedRegion").equals(b.get("updatedRegion"));
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> copies() {
    // few values of each, so that ties on time, then on version, are common
    return Combinators.combine(
        Arbitraries.of("2026-12-02T09:59:59.999Z", "2026-12-02T10:00:00.000Z", "2026-12-02T10:00:00.001Z"),
        Arbitraries.longs().between(1, 3), Arbitraries.of(MUMBAI, SINGAPORE), Arbitraries.of("a", "b"))
        .as((at, version, region, data) -> InMemoryItems.item("k", data, version, at, region));
  }

  @Provide
  Arbitrary<Optional<Map<String, AttributeValue>>> maybeCopies() {
    return copies().optional(0.8);
  }

  private static Arbitrary<String> keys() {
    return Arbitraries.of(IntStream.range(0, 12).mapToObj(i -> "key-" + i).toList());
  }

  @Provide
  Arbitrary<Map<String, String>> tables() {
    return Arbitraries.maps(keys(), Arbitraries.of("a", "b", "c")).ofMaxSize(12);
  }

  /** What changes in Singapore's copy: none, some keys written otherwise or deleted, or added. */
  @Provide
  Arbitrary<Map<String, String>> edits() {
    return Arbitraries.maps(keys(), Arbitraries.of("a", "b", "c", DELETED)).ofMaxSize(3);
  }
}
