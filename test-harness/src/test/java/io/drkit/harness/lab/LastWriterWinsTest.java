package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

class LastWriterWinsTest {

  private static final String EARLY = "2026-11-26T00:00:01.000Z";
  private static final String LATE = "2026-11-26T00:00:02.000Z";

  @Test
  void theLaterWriteWins() {
    assertThat(LastWriterWins.olderThan(item(EARLY, "ap-southeast-1"), item(LATE, "ap-south-1"))).isTrue();
    assertThat(LastWriterWins.olderThan(item(LATE, "ap-south-1"), item(EARLY, "ap-southeast-1"))).isFalse();
  }

  @Test
  void atTheSameInstantTheGreaterRegionWins() {
    assertThat(LastWriterWins.olderThan(item(EARLY, "ap-south-1"), item(EARLY, "ap-southeast-1"))).isTrue();
    assertThat(LastWriterWins.olderThan(item(EARLY, "ap-southeast-1"), item(EARLY, "ap-south-1"))).isFalse();
    assertThat(LastWriterWins.olderThan(item(EARLY, "ap-south-1"), item(EARLY, "ap-south-1"))).isFalse();
  }

  @Test
  void withoutAClockOnEitherSideNothingIsOlder() {
    assertThat(LastWriterWins.olderThan(item(null, null), item(LATE, "ap-south-1"))).isFalse();
    assertThat(LastWriterWins.olderThan(item(EARLY, "ap-south-1"), item(null, null))).isFalse();
    assertThat(LastWriterWins.olderThan(item(EARLY, null), item(EARLY, "ap-south-1"))).isFalse();
  }

  @Test
  void thePutLandsOnlyOverAnOlderVersion() {
    PutItemRequest put = LastWriterWins.guard(PutItemRequest.builder(), item(LATE, "ap-south-1")).build();
    assertThat(put.conditionExpression()).isEqualTo("attribute_not_exists(#at) OR #at < :at OR (#at = :at AND "
        + "(attribute_not_exists(#by) OR #by < :by))");
    assertThat(put.expressionAttributeValues()).containsEntry(":at", AttributeValue.fromS(LATE))
        .containsEntry(":by", AttributeValue.fromS("ap-south-1"));
  }

  @Test
  void aPutWithoutRegionComparesTimesOnlyAndOneWithoutClockIsUnconditional() {
    assertThat(LastWriterWins.guard(PutItemRequest.builder(), item(LATE, null)).build().conditionExpression())
        .isEqualTo("attribute_not_exists(#at) OR #at < :at");
    assertThat(LastWriterWins.guard(PutItemRequest.builder(), item(null, "ap-south-1")).build()
        .conditionExpression()).isNull();
  }

  private static Map<String, AttributeValue> item(String updatedAt, String updatedRegion) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", AttributeValue.fromS("k"));
    if (updatedAt != null) {
      item.put("updatedAt", AttributeValue.fromS(updatedAt));
    }
    if (updatedRegion != null) {
      item.put("updatedRegion", AttributeValue.fromS(updatedRegion));
    }
    return item;
  }
}
