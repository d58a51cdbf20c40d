package io.drkit.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.core.control.ControlTable;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

class LocalAwsTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions("ap-south-1", "ap-southeast-1");

  @Test
  void eachRegionIsItsOwnServerWithBothTablesStreamingNewAndOldImages() {
    assertThat(aws.primary().endpoint()).isNotEqualTo(aws.secondary().endpoint());
    for (String region : new String[] {"ap-south-1", "ap-southeast-1"}) {
      var db = aws.dynamoDb(region);
      for (String table : new String[] {aws.tables().application(), aws.tables().control()}) {
        var description = db.describeTable(b -> b.tableName(table)).table();
        assertThat(description.streamSpecification().streamEnabled()).isTrue();
        assertThat(description.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(description.latestStreamArn()).isNotBlank();
      }
    }
  }

  @Test
  void regionsDoNotShareStateAndEachTestStartsEmpty() {
    var primary = aws.dynamoDb("ap-south-1");
    primary.putItem(b -> b.tableName(aws.tables().application()).item(Map.of("id", AttributeValue.fromS("only-here"))));

    assertThat(aws.dynamoDb("ap-southeast-1")
            .getItem(b -> b.tableName(aws.tables().application()).key(Map.of("id", AttributeValue.fromS("only-here"))))
            .hasItem())
        .isFalse();
  }

  @Test
  void aTestSeesNoItemsLeftByAnother() {
    assertThat(aws.dynamoDb("ap-south-1").scan(b -> b.tableName(aws.tables().application())).count()).isZero();
  }

  @Test
  void controlTableKeepsFencesAndHeartbeats() {
    var control = new ControlTable(aws.dynamoDb("ap-south-1"), aws.tables().control());
    assertThat(control.fence("ap-south-1").fenced()).isFalse();

    Instant at = Instant.parse("2026-11-26T08:00:00Z");
    control.setFence("ap-south-1", true, "failover to ap-southeast-1", at);
    control.writeHeartbeat("ap-southeast-1", at);

    var fence = control.fence("ap-south-1");
    assertThat(fence.fenced()).isTrue();
    assertThat(fence.reason()).contains("failover to ap-southeast-1");
    assertThat(fence.changedAt()).contains(at);
    assertThat(control.heartbeat("ap-southeast-1")).contains(at);
    assertThat(control.heartbeat("ap-south-1")).isEmpty();
  }

  @Test
  void aCancelledTransactionNeverErasesAnotherThreadsCommits() throws Exception {
    var db = aws.dynamoDb("ap-south-1");
    String table = aws.tables().application();
    db.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("guard"))));
    int commits = 150;
    Thread canceller = new Thread(() -> {
      for (int i = 0; i < commits; i++) {
        try {
          db.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().put(p -> p.tableName(table)
              .item(Map.of("id", AttributeValue.fromS("guard")))
              .conditionExpression("attribute_not_exists(id)")).build()));
        } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException expected) {
          // cancelled on purpose: moto restores its snapshot here
        }
      }
    });
    canceller.start();
    for (int i = 0; i < commits; i++) {
      String id = "item-" + i;
      db.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().put(p -> p.tableName(table)
          .item(Map.of("id", AttributeValue.fromS(id)))).build()));
    }
    canceller.join();
    assertThat(db.scan(b -> b.tableName(table)).count()).isEqualTo(commits + 1);
  }

  @Test
  void aRegionNotDeclaredIsRefusedByName() {
    assertThatThrownBy(() -> aws.region("eu-west-1")).hasMessageContaining("eu-west-1");
  }

  @Test
  void aMissingExecutableFailsAtOnceWithAnExplanation() {
    String previous = System.getProperty(MotoExecutable.PROPERTY);
    System.setProperty(MotoExecutable.PROPERTY, "/nonexistent/moto_server");
    try {
      long started = System.nanoTime();
      assertThatThrownBy(() -> MotoServer.start("missing"))
          .isInstanceOf(MotoServerMissingException.class)
          .hasMessageContaining("not an executable");
      assertThat(System.nanoTime() - started).as("fails without waiting").isLessThan(2_000_000_000L);
    } finally {
      if (previous == null) {
        System.clearProperty(MotoExecutable.PROPERTY);
      } else {
        System.setProperty(MotoExecutable.PROPERTY, previous);
      }
    }
  }
}
