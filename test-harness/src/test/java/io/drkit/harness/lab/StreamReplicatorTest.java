package io.drkit.harness.lab;

import static io.drkit.harness.testing.Eventually.eventually;
import static io.drkit.harness.testing.Eventually.pause;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.localaws.LocalAws;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StreamReplicatorTest {

  private static final String A = "ap-south-1";
  private static final String B = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(A, B);

  private RegionPair pair;

  @BeforeEach
  void start() {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    endpoints.put(A, aws.region(A).endpoint());
    endpoints.put(B, aws.region(B).endpoint());
    pair = RegionPair.start(endpoints, aws.tables());
  }

  @AfterEach
  void stop() {
    pair.close();
  }

  @Test
  void aWriteCrossesAndIsNotEchoedBack() {
    put(A, "k1", "2026-11-26T00:00:01Z", "one");
    assertThat(eventually(() -> "one".equals(value(B, "k1")))).isTrue();
    pause(300);
    assertThat(pair.replicator(B, aws.tables().application()).applied()).as("no echo").isZero();
  }

  @Test
  void nothingCrossesWhilePausedAndEverythingAfter() {
    StreamReplicator aToB = pair.replicator(A, aws.tables().application());
    aToB.pause();
    for (int i = 0; i < 20; i++) {
      put(A, "p" + i, "2026-11-26T00:00:01Z", "v" + i);
    }
    pause(500);
    assertThat(value(B, "p0")).isNull();
    aToB.resume();
    assertThat(eventually(() -> "v19".equals(value(B, "p19")) && "v0".equals(value(B, "p0")))).isTrue();
  }

  @Test
  void theLaterWriteWinsInBothRegions() {
    pair.replicator(A, aws.tables().application()).pause();
    pair.replicator(B, aws.tables().application()).pause();
    put(A, "c", "2026-11-26T00:00:02Z", "later-in-a");
    put(B, "c", "2026-11-26T00:00:01Z", "earlier-in-b");
    pair.replicator(A, aws.tables().application()).resume();
    pair.replicator(B, aws.tables().application()).resume();
    assertThat(eventually(() -> "later-in-a".equals(value(B, "c")))).isTrue();
    pause(300);
    assertThat(value(A, "c")).isEqualTo("later-in-a");
  }

  @Test
  void aDeleteOfAnOlderVersionDoesNotRemoveANewerWrite() {
    put(A, "d", "2026-11-26T00:00:01Z", "first");
    assertThat(eventually(() -> "first".equals(value(B, "d")))).isTrue();
    pair.replicator(A, aws.tables().application()).pause();
    pair.replicator(B, aws.tables().application()).pause();
    pair.dynamoDb(A).deleteItem(b -> b.tableName(aws.tables().application()).key(Map.of("id",
        AttributeValue.fromS("d"))));
    put(B, "d", "2026-11-26T00:00:05Z", "newer-in-b");
    pair.replicator(A, aws.tables().application()).resume();
    pair.replicator(B, aws.tables().application()).resume();
    assertThat(eventually(() -> "newer-in-b".equals(value(A, "d")))).isTrue();
    pause(300);
    assertThat(value(B, "d")).isEqualTo("newer-in-b");
  }

  @Test
  void aCancelledTransactionInTheSourceDoesNotStopReplication() {
    put(A, "before", "2026-11-26T00:00:01Z", "one");
    assertThat(eventually(() -> "one".equals(value(B, "before")))).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pair.dynamoDb(A).transactWriteItems(b -> b
        .transactItems(t -> t.put(p -> p.tableName(aws.tables().application()).item(Map.of("id",
            AttributeValue.fromS("before"), "value", AttributeValue.fromS("never"))).conditionExpression(
                "attribute_not_exists(id)")))))
        .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.class);
    put(A, "after", "2026-11-26T00:00:02Z", "two");
    assertThat(eventually(() -> "two".equals(value(B, "after")))).as("replicated after the cancelled transaction")
        .isTrue();
    assertThat(value(B, "before")).isEqualTo("one");
  }

  private void put(String region, String id, String updatedAt, String value) {
    pair.dynamoDb(region).putItem(b -> b.tableName(aws.tables().application()).item(Map.of(
        "id", AttributeValue.fromS(id), "updatedAt", AttributeValue.fromS(updatedAt),
        "updatedRegion", AttributeValue.fromS(region), "value", AttributeValue.fromS(value))));
  }

  private String value(String region, String id) {
    var item = pair.dynamoDb(region).getItem(b -> b.tableName(aws.tables().application()).consistentRead(true)
        .key(Map.of("id", AttributeValue.fromS(id)))).item();
    return item == null || item.isEmpty() ? null : item.get("value").s();
  }
}
