package io.drkit.core.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

class LastWriterWinsTest {

  private static final String EARLY = "2026-11-26T00:00:01.000Z";
  private static final String LATE = "2026-11-26T00:00:02.000Z";

  @Test
  void theLaterWriteWinsThenTheHigherVersionThenTheGreaterRegion() {
    assertThat(LastWriterWins.wins(item(LATE, 1, "ap-south-1"), item(EARLY, 9, "ap-southeast-1"))).isTrue();
    assertThat(LastWriterWins.wins(item(EARLY, 3, "ap-south-1"), item(EARLY, 2, "ap-southeast-1"))).isTrue();
    assertThat(LastWriterWins.wins(item(EARLY, 2, "ap-southeast-1"), item(EARLY, 2, "ap-south-1"))).isTrue();
    assertThat(LastWriterWins.wins(item(EARLY, 2, "ap-south-1"), item(EARLY, 2, "ap-southeast-1"))).isFalse();
    assertThat(LastWriterWins.wins(item(EARLY, 2, "ap-south-1"), item(EARLY, 2, "ap-south-1"))).as("itself").isTrue();
  }

  @Test
  void aMissingAttributeCountsAsTheLeastAndAPresentCopyBeatsAnAbsentOne() {
    assertThat(LastWriterWins.wins(item(null, 5, "ap-south-1"), item(EARLY, 1, "ap-south-1"))).isFalse();
    assertThat(LastWriterWins.wins(item(EARLY, null, "ap-south-1"), item(EARLY, 1, "ap-south-1"))).isFalse();
    assertThat(LastWriterWins.firstWins(Optional.of(item(EARLY, 1, null)), Optional.empty())).isTrue();
    assertThat(LastWriterWins.firstWins(Optional.empty(), Optional.of(item(EARLY, 1, null)))).isFalse();
  }

  @Test
  void theGuardAsksTheDestinationTheSameQuestion() {
    PutItemRequest put = LastWriterWins.guard(PutItemRequest.builder(), item(LATE, 4, "ap-south-1")).build();
    assertThat(put.conditionExpression()).isEqualTo("attribute_not_exists(#at) OR #at < :at OR (#at = :at AND "
        + "(attribute_not_exists(#v) OR #v < :v OR (#v = :v AND (attribute_not_exists(#by) OR #by <= :by))))");
    assertThat(put.expressionAttributeValues()).containsEntry(":at", AttributeValue.fromS(LATE))
        .containsEntry(":v", AttributeValue.fromN("4")).containsEntry(":by", AttributeValue.fromS("ap-south-1"));
    assertThat(LastWriterWins.guard(PutItemRequest.builder(), item(null, null, null)).build()
        .expressionAttributeValues()).containsEntry(":at", AttributeValue.fromS("")).containsEntry(":v",
        AttributeValue.fromN("0"));
  }

  @Property
  void ofTwoDifferentCopiesExactlyOneWinsAndBothRegionsPickTheSame(@ForAll @IntRange(max = 3) int atA,
      @ForAll @IntRange(max = 3) int versionA, @ForAll boolean regionA, @ForAll @IntRange(max = 3) int atB,
      @ForAll @IntRange(max = 3) int versionB, @ForAll boolean regionB) {
    var a = item("2026-11-26T00:00:0" + atA + ".000Z", (long) versionA, regionA ? "ap-south-1" : "ap-southeast-1");
    var b = item("2026-11-26T00:00:0" + atB + ".000Z", (long) versionB, regionB ? "ap-south-1" : "ap-southeast-1");
    if (a.equals(b)) {
      assertThat(LastWriterWins.wins(a, b)).isTrue();
    } else {
      assertThat(LastWriterWins.wins(a, b)).isNotEqualTo(LastWriterWins.wins(b, a));
    }
  }

  private static Map<String, AttributeValue> item(String updatedAt, Long version, String updatedRegion) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", AttributeValue.fromS("k"));
    if (updatedAt != null) {
      item.put("updatedAt", AttributeValue.fromS(updatedAt));
    }
    if (version != null) {
      item.put("version", AttributeValue.fromN(Long.toString(version)));
    }
    if (updatedRegion != null) {
      item.put("updatedRegion", AttributeValue.fromS(updatedRegion));
    }
    return item;
  }

  private static Map<String, AttributeValue> item(String updatedAt, int version, String updatedRegion) {
    return item(updatedAt, (long) version, updatedRegion);
  }
}
