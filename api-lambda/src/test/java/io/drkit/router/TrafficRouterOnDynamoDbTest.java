package io.drkit.router;

import static io.drkit.router.TrafficRouterTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.core.control.ControlTable;
import io.drkit.core.replication.WriteMode;
import io.drkit.localaws.LocalAws;
import io.drkit.router.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The traffic-router against two local regions, through the real SDK. */
class TrafficRouterOnDynamoDbTest {

  private static final String MUMBAI = "ap-south-1";
  private static final String SINGAPORE = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private TrafficRouter router(WriteMode mode, Duration replicationTimeout) {
    return TrafficRouterFactory.fromSettings(RouterSettings.builder()
        .region(MUMBAI)
        .peerRegion(SINGAPORE)
        .writeMode(mode)
        .replicationTimeout(replicationTimeout)
        .dynamoDbEndpoint(aws.region(MUMBAI).endpoint())
        .peerDynamoDbEndpoint(aws.region(SINGAPORE).endpoint())
        .build());
  }

  private TrafficRouter asyncRouter() {
    return router(WriteMode.ASYNC, Duration.ofSeconds(1));
  }

  @Test
  void crudRoundTripsThroughDynamoDb() {
    TrafficRouter router = asyncRouter();
    HttpResponse created = router.handle(Requests.post(
        "{\"data\":{\"name\":\"order\",\"qty\":3,\"price\":19.90,\"tags\":[\"a\",true,null],\"nested\":{\"x\":{}}}}"));
    assertThat(created.status()).isEqualTo(201);
    JsonNode item = body(created);
    String id = item.get("id").asText();

    assertThat(body(router.handle(Requests.get("/", "id", id)))).isEqualTo(item);

    JsonNode updated = body(router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"qty\":4},\"version\":1}")));
    assertThat(updated.get("version").asLong()).isEqualTo(2);
    assertThat(updated.get("data").get("qty").asInt()).isEqualTo(4);

    assertThat(router.handle(Requests.delete(id)).status()).isEqualTo(204);
    assertThat(router.handle(Requests.get("/", "id", id)).status()).isEqualTo(404);
    assertThat(router.handle(Requests.delete(id)).status()).isEqualTo(404);
  }

  @Test
  void closingTheRouterClosesItsSdkClients() {
    TrafficRouter router = asyncRouter();
    assertThat(router.handle(Requests.get("/health")).status()).isEqualTo(200);
    router.close();
    // a closed SDK client refuses every call (its timeout scheduler is shut down): the route can only fail
    assertThat(router.handle(Requests.get("/health")).status()).isEqualTo(500);
  }

  @Test
  void hugeExponentsAreStoredAndAnsweredCompactly() {
    TrafficRouter router = asyncRouter();
    String many = String.join(",", java.util.Collections.nCopies(10_000, "1e125"));
    HttpResponse created = router.handle(Requests.post("{\"data\":{\"a\":[" + many + "],\"b\":1e-130}}",
        "Idempotency-Key", "big-numbers"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().orElseThrow().length()).isLessThan(120_000);
    JsonNode read = body(router.handle(Requests.get("/", "id", body(created).get("id").asText())));
    assertThat(read.get("data").get("a").get(0).decimalValue()).isEqualByComparingTo("1e125");
    assertThat(read.get("data").get("b").decimalValue()).isEqualByComparingTo("1e-130");
  }

  @Test
  void pagesCoverTheTableExactlyOnce() {
    TrafficRouter router = asyncRouter();
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      created.add(body(router.handle(Requests.post("{\"data\":{\"i\":" + i + "}}"))).get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      JsonNode page = body(router.handle(token == null
          ? Requests.get("/", "limit", "5")
          : Requests.get("/", "limit", "5", "nextToken", token)));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(5);
      page.get("items").forEach(i -> seen.add(i.get("id").asText()));
      token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
    } while (token != null);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    TrafficRouter router = asyncRouter();
    String id = body(router.handle(Requests.post("{\"data\":{\"v\":1}}"))).get("id").asText();
    router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"v\":2},\"version\":1}"));

    HttpResponse stale = router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"v\":99},\"version\":1}"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(body(router.handle(Requests.get("/", "id", id))).get("data").get("v").asInt()).isEqualTo(2);
  }

  @Test
  void parallelUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
    TrafficRouter router = asyncRouter();
    String id = body(router.handle(Requests.post("{\"data\":{\"n\":0}}"))).get("id").asText();
    List<Integer> results = inParallel(8, writer -> router.handle(
        Requests.put("{\"id\":\"" + id + "\",\"data\":{\"n\":" + writer + "},\"version\":1}")).status());

    assertThat(results).filteredOn(s -> s == 200).hasSize(1);
    assertThat(results).filteredOn(s -> s != 200).allMatch(s -> s == 409);
    assertThat(body(router.handle(Requests.get("/", "id", id))).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void parallelUnversionedUpdatesAllLandOneAfterAnother() throws Exception {
    TrafficRouter router = asyncRouter();
    String id = body(router.handle(Requests.post("{\"data\":{\"n\":0}}"))).get("id").asText();
    List<Integer> results = inParallel(6, writer ->
        router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"n\":" + writer + "}}")).status());

    assertThat(results).containsOnly(200);
    assertThat(body(router.handle(Requests.get("/", "id", id))).get("version").asLong()).isEqualTo(7);
  }

  @Test
  void parallelPostsWithOneIdempotencyKeyCreateOneItem() throws Exception {
    TrafficRouter router = asyncRouter();
    List<String> answers = inParallel(6, writer -> {
      HttpResponse response = router.handle(Requests.post("{\"data\":{\"once\":true}}", "Idempotency-Key", "once"));
      return response.status() + " " + body(response).path("id").asText();
    });

    assertThat(answers).hasSize(6).allMatch(a -> a.startsWith("201 "));
    assertThat(new HashSet<>(answers)).hasSize(1);
    assertThat(itemCount(aws.dynamoDb(MUMBAI))).isEqualTo(1);
  }

  @Test
  void aDeleteRacingUpdatesLeavesNoItemAndNoServerError() throws Exception {
    TrafficRouter router = asyncRouter();
    String id = body(router.handle(Requests.post("{\"data\":{}}"))).get("id").asText();
    List<Integer> results = inParallel(6, writer -> writer == 0
        ? router.handle(Requests.delete(id)).status()
        : router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"w\":" + writer + "}}")).status());

    assertThat(results.get(0)).isEqualTo(204);
    assertThat(results).allMatch(s -> s == 200 || s == 204 || s == 404);
    assertThat(router.handle(Requests.get("/", "id", id)).status()).isEqualTo(404);
  }

  @Test
  void anIdempotentReplayWritesNothingMore() {
    TrafficRouter router = asyncRouter();
    HttpResponse first = router.handle(Requests.post("{\"data\":{\"pay\":10}}", "Idempotency-Key", "pay-1"));
    HttpResponse replay = router.handle(Requests.post("{\"data\":{\"pay\":10}}", "Idempotency-Key", "pay-1"));

    assertThat(replay.status()).isEqualTo(201);
    assertThat(body(replay)).isEqualTo(body(first));
    assertThat(replay.headers()).containsEntry("Idempotent-Replayed", "true");
    assertThat(itemCount(aws.dynamoDb(MUMBAI))).isEqualTo(1);

    HttpResponse other = router.handle(Requests.post("{\"data\":{\"pay\":11}}", "Idempotency-Key", "pay-1"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(itemCount(aws.dynamoDb(MUMBAI))).isEqualTo(1);
  }

  @Test
  void aFencedRegionTakesNoWriteAndFailsItsHealthCheck() {
    TrafficRouter router = asyncRouter();
    String id = body(router.handle(Requests.post("{\"data\":{}}"))).get("id").asText();
    new ControlTable(aws.dynamoDb(MUMBAI), aws.tables().control())
        .setFence(MUMBAI, true, "failover to " + SINGAPORE, Instant.now());

    HttpResponse refused = router.handle(Requests.post("{\"data\":{\"late\":true}}"));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(body(refused).get("error").asText()).isEqualTo("region_fenced");
    assertThat(router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"x\":1}}")).status()).isEqualTo(503);
    assertThat(router.handle(Requests.delete(id)).status()).isEqualTo(503);
    assertThat(itemCount(aws.dynamoDb(MUMBAI))).isEqualTo(1);

    HttpResponse health = router.handle(Requests.get("/health"));
    assertThat(health.status()).isEqualTo(503);
    assertThat(body(health).get("status").asText()).isEqualTo("fenced");
    assertThat(body(health).get("fenceReason").asText()).contains(SINGAPORE);
  }

  @Test
  void healthIsDeepAndReportsThePeerHeartbeatAge() {
    new ControlTable(aws.dynamoDb(MUMBAI), aws.tables().control())
        .writeHeartbeat(SINGAPORE, Instant.now().minusSeconds(3));
    HttpResponse health = asyncRouter().handle(Requests.get("/health"));
    assertThat(health.status()).isEqualTo(200);
    JsonNode body = body(health);
    assertThat(body.get("status").asText()).isEqualTo("healthy");
    assertThat(body.get("fenced").asBoolean()).isFalse();
    assertThat(body.get("peerHeartbeatAgeMs").asLong()).isBetween(2_500L, 60_000L);
  }

  @Test
  void healthIsUnhealthyWhenTheTablesAreGone() {
    aws.dynamoDb(MUMBAI).deleteTable(b -> b.tableName(aws.tables().application()));
    HttpResponse health = asyncRouter().handle(Requests.get("/health"));
    assertThat(health.status()).isEqualTo(503);
    assertThat(body(health).get("status").asText()).isEqualTo("unhealthy");

    HttpResponse write = asyncRouter().handle(Requests.post("{\"data\":{}}"));
    assertThat(write.status()).isEqualTo(503);
    assertThat(write.headers()).containsKey("Retry-After");
  }

  @Test
  void replicatedModeAcknowledgesOnceThePeerRegionServesTheItem() {
    TrafficRouter router = router(WriteMode.REPLICATED, Duration.ofSeconds(5));
    CopyingReplicator replication =
        new CopyingReplicator(aws.dynamoDb(MUMBAI), aws.dynamoDb(SINGAPORE), aws.tables().application());
    try {
      HttpResponse created = router.handle(Requests.post("{\"data\":{\"safe\":true}}"));
      assertThat(created.status()).isEqualTo(201);
      String id = body(created).get("id").asText();
      assertThat(aws.dynamoDb(SINGAPORE).getItem(b -> b.tableName(aws.tables().application())
          .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).hasItem()).isTrue();

      HttpResponse updated = router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"safe\":2},\"version\":1}"));
      assertThat(updated.status()).isEqualTo(200);
    } finally {
      replication.stop();
    }
  }

  @Test
  void replicatedModeRefusesToAcknowledgeWhenThePeerNeverGetsTheItem() {
    TrafficRouter router = router(WriteMode.REPLICATED, Duration.ofMillis(300));
    HttpResponse response = router.handle(Requests.post("{\"data\":{\"lonely\":true}}", "Idempotency-Key", "lonely"));
    assertThat(response.status()).isEqualTo(503);
    assertThat(body(response).get("error").asText()).isEqualTo("replication_unconfirmed");

    // the write stays in this region; once the peer has it, the same key confirms it without a second item
    aws.dynamoDb(SINGAPORE).putItem(b -> b.tableName(aws.tables().application())
        .item(aws.dynamoDb(MUMBAI).scan(s -> s.tableName(aws.tables().application())).items().get(0)));
    HttpResponse retry = router.handle(Requests.post("{\"data\":{\"lonely\":true}}", "Idempotency-Key", "lonely"));
    assertThat(retry.status()).isEqualTo(201);
    assertThat(itemCount(aws.dynamoDb(MUMBAI))).isEqualTo(1);
  }

  /** Runs {@code task(0..n-1)} on n threads released at the same moment; results in writer order. */
  private static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        start.await();
        return task.apply(writer);
      }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    return results;
  }

  private int itemCount(DynamoDbClient dynamoDb) {
    return dynamoDb.scan(b -> b.tableName(aws.tables().application()).consistentRead(true)).count();
  }

  /** Stands in for global-table replication: copies every item of one region to the other, every few ms. */
  private static final class CopyingReplicator {
    private final Thread thread;
    private volatile boolean running = true;

    CopyingReplicator(DynamoDbClient from, DynamoDbClient to, String table) {
      thread = new Thread(() -> {
        while (running) {
          from.scan(b -> b.tableName(table)).items().forEach(item -> to.putItem(b -> b.tableName(table).item(item)));
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "copying-replicator");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      running = false;
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
