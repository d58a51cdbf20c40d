package io.drkit.activities.aws;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.ActivityPorts;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.lambda.StepHandler;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.RegionConfig;
import io.drkit.core.control.Heartbeat;
import io.drkit.localaws.LocalAws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The AWS adapters of the activities' ports against local AWS (DynamoDB, two regions): the conditions the ports
 * promise hold in DynamoDB itself, and the Lambda handler streams JSON through a step.
 */
class AwsAdaptersTest {

  static final String MUMBAI = "ap-south-1";
  static final String SINGAPORE = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private AwsActivityPorts adapters;
  private ActivityPorts ports;

  @BeforeEach
  void ports() {
    var settings = ActivitySettings.builder().region(SINGAPORE).tables(aws.tables());
    for (String region : List.of(MUMBAI, SINGAPORE)) {
      settings.putRegions(region, new RegionConfig(region, Optional.of(aws.region(region).endpoint()),
          Optional.empty(), Optional.empty()));
    }
    adapters = AwsActivityPorts.create(settings.build(), new PrintStream(OutputStream.nullOutputStream()),
        Clock.systemUTC());
    ports = adapters.ports();
  }

  @AfterEach
  void close() {
    adapters.close();
  }

  @Test
  void theLockItemIsTakenOnlyWhenFreeOwnOrExpiredAndReleasedOnlyByItsOwner() {
    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    assertThat(ports.locks().tryAcquire("failover", "exec-1", now, now.plusSeconds(60))).isTrue();
    assertThat(ports.locks().tryAcquire("failover", "exec-1", now, now.plusSeconds(60))).isTrue();
    assertThat(ports.locks().tryAcquire("failover", "exec-2", now.plusSeconds(30), now.plusSeconds(90))).isFalse();
    assertThat(ports.locks().holder("failover")).hasValueSatisfying(h -> {
      assertThat(h.owner()).isEqualTo("exec-1");
      assertThat(h.acquiredAt()).contains(now);
    });
    assertThat(ports.locks().tryAcquire("failover", "exec-2", now.plusSeconds(61), now.plusSeconds(120)))
        .as("expired").isTrue();
    assertThat(ports.locks().release("failover", "exec-1")).isFalse();
    assertThat(ports.locks().release("failover", "exec-2")).isTrue();
    assertThat(ports.locks().holder("failover")).isEmpty();
  }

  @Test
  void eachRegionsControlReplicaHoldsWhatWasWrittenThere() {
    Instant at = Instant.parse("2026-12-02T10:00:00Z");
    ports.control().in(SINGAPORE).setFence(MUMBAI, true, "failover", at);
    ports.control().in(SINGAPORE).writeHeartbeat(MUMBAI, new Heartbeat(at, "1101"));
    ports.control().in(SINGAPORE).putMarker("drain#x", Map.of("writtenAt", at.toString()),
        Optional.of(at.plusSeconds(86_400)));
    assertThat(ports.control().in(SINGAPORE).fence(MUMBAI).fenced()).isTrue();
    assertThat(ports.control().in(MUMBAI).fence(MUMBAI).fenced()).isFalse();
    assertThat(ports.control().in(SINGAPORE).latestHeartbeat(MUMBAI)).contains(new Heartbeat(at, "1101"));
    assertThat(ports.control().in(SINGAPORE).marker("drain#x")).contains(Map.of("writtenAt", at.toString()));
    assertThat(ports.control().in(MUMBAI).marker("drain#x")).isEmpty();
  }

  @Test
  void aRepairWriteLandsOnlyOnTheCopyItWasDecidedOn() {
    Map<String, AttributeValue> old = item("k1", "old", 1, "2026-12-02T10:00:00Z");
    Map<String, AttributeValue> winner = item("k1", "winner", 2, "2026-12-02T10:00:05Z");
    Map<String, AttributeValue> meanwhile = item("k1", "meanwhile", 2, "2026-12-02T10:00:09Z");
    assertThat(ports.items().putIfUnchanged(MUMBAI, old, Optional.empty())).as("absent as seen").isTrue();
    assertThat(ports.items().putIfUnchanged(MUMBAI, winner, Optional.empty())).as("no longer absent").isFalse();
    aws.dynamoDb(MUMBAI).putItem(b -> b.tableName(aws.tables().application()).item(meanwhile));
    assertThat(ports.items().putIfUnchanged(MUMBAI, winner, Optional.of(old))).as("written meanwhile").isFalse();
    assertThat(ports.items().read(MUMBAI, "k1")).contains(meanwhile);
    assertThat(ports.items().putIfUnchanged(MUMBAI, winner, Optional.of(meanwhile))).isTrue();
    assertThat(ports.items().read(MUMBAI, "k1")).contains(winner);
  }

  @Test
  void segmentsOfAScanTogetherHoldEveryItemOnce() {
    for (int i = 0; i < 20; i++) {
      ports.items().putIfUnchanged(SINGAPORE, item("key-" + i, "d", 1, "2026-12-02T10:00:00Z"), Optional.empty());
    }
    List<String> seen = new ArrayList<>();
    for (int segment = 0; segment < 3; segment++) {
      ports.items().scan(SINGAPORE, segment, 3, item -> seen.add(item.get(ITEM_KEY).s()));
    }
    assertThat(seen).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void theLambdaHandlerStreamsJsonThroughItsStepAndRefusesWhatIsNotJson() throws Exception {
    var handler = new StepHandler(ActivityCatalog.of(ports).step(ActivityCatalog.ACQUIRE_LOCK));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(input("{\"owner\":\"exec-9\"}"), out, null);
    assertThat(StepJson.parse(out.toString(StandardCharsets.UTF_8)).path("owner").asText()).isEqualTo("exec-9");
    assertThatThrownBy(() -> handler.handleRequest(input("{\"owner\":"), new ByteArrayOutputStream(), null))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("not JSON");
  }

  private static ByteArrayInputStream input(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, AttributeValue> item(String id, String data, long version, String updatedAt) {
    return Map.of(ITEM_KEY, AttributeValue.fromS(id), "data", AttributeValue.fromS(data),
        "version", AttributeValue.fromN(Long.toString(version)), "updatedAt", AttributeValue.fromS(updatedAt));
  }
}
