package io.drkit.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import io.drkit.router.replication.PeerReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP contract of the traffic-router over an in-memory table. */
class TrafficRouterTest {

  private final InMemoryItemStore store = new InMemoryItemStore();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final TrafficRouter router = TestRouters.over(store, log);

  @Test
  void createReadUpdateDeleteFollowTheContract() {
    HttpResponse created = router.handle(Requests.post("{\"data\":{\"name\":\"a\",\"n\":1.50}}"));
    assertThat(created.status()).isEqualTo(201);
    JsonNode item = body(created);
    String id = item.get("id").asText();
    assertThat(item.get("version").asLong()).isEqualTo(1);
    assertThat(item.get("data")).isEqualTo(Json.read("{\"name\":\"a\",\"n\":1.5}"));
    assertThat(item.get("updatedRegion").asText()).isEqualTo(TestRouters.REGION);
    assertThat(item.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(created.headers()).containsEntry("Location", "/?id=" + id).containsEntry("X-Served-Region", "ap-south-1");

    assertThat(body(router.handle(Requests.get("/", "id", id)))).isEqualTo(item);

    HttpResponse updated = router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"name\":\"b\"},\"version\":1}"));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(body(updated).get("version").asLong()).isEqualTo(2);
    assertThat(body(updated).get("createdAt")).isEqualTo(item.get("createdAt"));

    HttpResponse stale = router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{},\"version\":1}"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(body(stale).get("error").asText()).isEqualTo("version_conflict");

    HttpResponse unversioned = router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"name\":\"c\"}}"));
    assertThat(body(unversioned).get("version").asLong()).isEqualTo(3);

    HttpResponse deleted = router.handle(Requests.delete(id));
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(router.handle(Requests.get("/", "id", id)).status()).isEqualTo(404);
    assertThat(router.handle(Requests.delete(id)).status()).isEqualTo(404);
    assertThat(router.handle(Requests.put("{\"id\":\"" + id + "\",\"data\":{}}")).status()).isEqualTo(404);
  }

  @Test
  void listingPagesThroughEveryItemOnce() {
    for (int i = 0; i < 7; i++) {
      router.handle(Requests.post("{\"data\":{\"i\":" + i + "}}"));
    }
    List<String> seen = new java.util.ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      HttpResponse page = router.handle(token.isPresent()
          ? Requests.get("/", "limit", "3", "nextToken", token.get())
          : Requests.get("/", "limit", "3"));
      assertThat(page.status()).isEqualTo(200);
      JsonNode body = body(page);
      body.get("items").forEach(item -> seen.add(item.get("id").asText()));
      token = body.get("nextToken").isNull() ? Optional.empty() : Optional.of(body.get("nextToken").asText());
    } while (token.isPresent());
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void anIdempotentReplayReturnsTheOriginalAnswerAndWritesNothing() {
    HttpResponse first = router.handle(Requests.post("{\"data\":{\"order\":42}}", "Idempotency-Key", "order-42"));
    int writes = store.writes();
    HttpResponse replay = router.handle(Requests.post("{ \"data\" : { \"order\" : 42 } }", "Idempotency-Key", "order-42"));

    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.headers()).containsEntry("Idempotent-Replayed", "true");
    assertThat(store.writes()).isEqualTo(writes);
    assertThat(store.size()).isEqualTo(1);

    HttpResponse reused = router.handle(Requests.post("{\"data\":{\"order\":43}}", "Idempotency-Key", "order-42"));
    assertThat(reused.status()).isEqualTo(422);
    assertThat(body(reused).get("error").asText()).isEqualTo("idempotency_key_reused");
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void aFencedRegionRefusesEveryWriteAndReportsItselfUnhealthy() {
    String id = body(router.handle(Requests.post("{\"data\":{}}"))).get("id").asText();
    store.fence(true);

    for (HttpRequest write : List.of(
        Requests.post("{\"data\":{}}"),
        Requests.put("{\"id\":\"" + id + "\",\"data\":{\"x\":1}}"),
        Requests.delete(id))) {
      HttpResponse refused = router.handle(write);
      assertThat(refused.status()).as(write.method()).isEqualTo(503);
      assertThat(body(refused).get("error").asText()).isEqualTo("region_fenced");
      assertThat(refused.headers()).containsKey("Retry-After");
    }
    assertThat(router.handle(Requests.get("/", "id", id)).status()).as("reads still served").isEqualTo(200);

    HttpResponse health = router.handle(Requests.get("/health"));
    assertThat(health.status()).isEqualTo(503);
    assertThat(body(health).get("status").asText()).isEqualTo("fenced");
  }

  @Test
  void healthReportsTheRegionAndWriteMode() {
    HttpResponse health = router.handle(Requests.get("/health"));
    assertThat(health.status()).isEqualTo(200);
    JsonNode body = body(health);
    assertThat(body.get("status").asText()).isEqualTo("healthy");
    assertThat(body.get("region").asText()).isEqualTo("ap-south-1");
    assertThat(body.get("peerRegion").asText()).isEqualTo("ap-southeast-1");
    assertThat(body.get("writeMode").asText()).isEqualTo("async");
    assertThat(body.has("timestamp")).isTrue();
  }

  @Test
  void replicatedModeAcknowledgesOnceThePeerServesTheWrite() {
    InMemoryItemStore peerStore = new InMemoryItemStore();
    PeerReader copyingPeer = id -> {
      store.find(id).ifPresent(item -> peerStore.create(item, Optional.empty())); // "replication" on first look
      return peerStore.find(id).map(i -> new PeerReader.PeerVersion(i.version(), i.updatedAt()));
    };
    TrafficRouter replicated = TestRouters.over(replicatedSettings(Duration.ofSeconds(2)), store,
        Optional.of(copyingPeer), log);

    HttpResponse created = replicated.handle(Requests.post("{\"data\":{\"k\":1}}"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(peerStore.find(body(created).get("id").asText())).isPresent();
  }

  @Test
  void replicatedModeRefusesToAcknowledgeWhatThePeerNeverServes() {
    PeerReader silentPeer = id -> Optional.empty();
    TrafficRouter replicated = TestRouters.over(replicatedSettings(Duration.ofMillis(150)), store,
        Optional.of(silentPeer), log);

    HttpResponse response = replicated.handle(Requests.post("{\"data\":{\"k\":1}}", "Idempotency-Key", "k1"));
    assertThat(response.status()).isEqualTo(503);
    assertThat(body(response).get("error").asText()).isEqualTo("replication_unconfirmed");
    assertThat(response.headers()).containsKey("Retry-After");
  }

  @Test
  void replicatedModeTreatsAnUnreachablePeerAsUnconfirmed() {
    PeerReader downPeer = id -> {
      throw new IllegalStateException("connection refused");
    };
    TrafficRouter replicated = TestRouters.over(replicatedSettings(Duration.ofMillis(100)), store,
        Optional.of(downPeer), log);
    assertThat(replicated.handle(Requests.post("{\"data\":{}}")).status()).isEqualTo(503);
  }

  @Test
  void replicatedModeStandsAloneOnceThePeerIsFencedHere() {
    PeerReader fencedPeer = new PeerReader() {
      @Override
      public Optional<PeerVersion> find(String id) {
        throw new IllegalStateException("the failed region is unreachable");
      }

      @Override
      public boolean fencedHere() {
        return true;
      }
    };
    TrafficRouter replicated = TestRouters.over(replicatedSettings(Duration.ofMillis(100)), store,
        Optional.of(fencedPeer), log);
    assertThat(replicated.handle(Requests.post("{\"data\":{}}")).status()).as("the failover took the peer out")
        .isEqualTo(201);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of(Requests.post("{\"data\":"), 400, "malformed_json"),
        Arguments.of(Requests.post("[1,2]"), 400, "invalid_body"),
        Arguments.of(Requests.post("\"text\""), 400, "invalid_body"),
        Arguments.of(Requests.post(""), 400, "empty_body"),
        Arguments.of(Requests.post("{}"), 400, "missing_field"),
        Arguments.of(Requests.post("{\"data\":[]}"), 400, "invalid_field"),
        Arguments.of(Requests.post("{\"data\":{},\"id\":\"x\"}"), 400, "unknown_field"),
        Arguments.of(Requests.post("{\"data\":{\"a\":1,\"a\":2}}"), 400, "malformed_json"),
        Arguments.of(Requests.post("{\"data\":{}} {}"), 400, "malformed_json"),
        Arguments.of(Requests.post("{\"data\":{\"n\":1e400}}"), 400, "invalid_number"),
        Arguments.of(Requests.post("{\"data\":{\"n\":1.23456789012345678901234567890123456789}}"), 400, "invalid_number"),
        Arguments.of(Requests.post("{\"data\":{\"\":1}}"), 400, "invalid_field"),
        Arguments.of(Requests.post("{\"data\":{\"s\":\"\\ud800\"}}"), 400, "invalid_string"),
        Arguments.of(Requests.post("{\"data\":" + "{\"a\":".repeat(33) + "1" + "}".repeat(34)), 400, "invalid_field"),
        Arguments.of(Requests.post("{\"data\":" + "[".repeat(200) + "]".repeat(200) + "}"), 400, "malformed_json"),
        Arguments.of(Requests.post("{\"data\":{\"big\":\"" + "x".repeat(70_000) + "\"}}"), 413, "payload_too_large"),
        Arguments.of(Requests.post("{\"data\":{}}", "Idempotency-Key", "has space"), 400, "invalid_idempotency_key"),
        Arguments.of(Requests.put("{\"data\":{}}"), 400, "missing_field"),
        Arguments.of(Requests.put("{\"id\":7,\"data\":{}}"), 400, "invalid_field"),
        Arguments.of(Requests.put("{\"id\":\"a/b\",\"data\":{}}"), 400, "invalid_id"),
        Arguments.of(Requests.put("{\"id\":\"" + "a".repeat(129) + "\",\"data\":{}}"), 400, "invalid_id"),
        Arguments.of(Requests.put("{\"id\":\"a\",\"data\":{},\"version\":\"1\"}"), 400, "invalid_field"),
        Arguments.of(Requests.put("{\"id\":\"a\",\"data\":{},\"version\":1.5}"), 400, "invalid_field"),
        Arguments.of(Requests.put("{\"id\":\"a\",\"data\":{},\"version\":0}"), 400, "invalid_field"),
        Arguments.of(Requests.put("{\"id\":\"a\",\"data\":{},\"version\":99999999999999999999}"), 400, "invalid_field"),
        Arguments.of(Requests.get("/", "id", ""), 400, "invalid_id"),
        Arguments.of(Requests.get("/", "id", "%ZZ"), 400, "invalid_query"),
        Arguments.of(Requests.get("/", "id", "a%2Fb"), 400, "invalid_id"),
        Arguments.of(Requests.get("/", "limit", "0"), 400, "invalid_query"),
        Arguments.of(Requests.get("/", "limit", "abc"), 400, "invalid_query"),
        Arguments.of(Requests.get("/", "limit", "101"), 400, "invalid_query"),
        Arguments.of(Requests.get("/", "limit", "+5"), 400, "invalid_query"),
        Arguments.of(Requests.post("{\"data\":{\"a\":1e2147483648}}"), 400, "invalid_number"),
        Arguments.of(Requests.post("{\"data\":{\"a\":0e99999999999}}"), 400, "invalid_number"),
        Arguments.of(Requests.put("{\"id\":\"a\",\"data\":{},\"version\":1e99999999999}"), 400, "invalid_number"),
        Arguments.of(new HttpRequest("POST", "/", Map.of(), Map.of("idempotency-key", List.of("a", "b")),
            "{\"data\":{}}", false, "t"), 400, "invalid_header"),
        Arguments.of(Requests.get("/", "nextToken", "not-a-token"), 400, "invalid_next_token"),
        Arguments.of(Requests.get("/", "id", "a", "limit", "2"), 400, "invalid_query"),
        Arguments.of(Requests.get("/", "colour", "red"), 400, "invalid_query"),
        Arguments.of(Requests.get("/health", "deep", "1"), 400, "invalid_query"),
        Arguments.of(Requests.request("DELETE", "/", null), 400, "invalid_query"),
        Arguments.of(Requests.request("PATCH", "/", "{}"), 405, "method_not_allowed"),
        Arguments.of(Requests.request("POST", "/health", "{}"), 405, "method_not_allowed"),
        Arguments.of(Requests.get("/items"), 404, "not_found"),
        Arguments.of(Requests.get("/health/"), 404, "not_found"),
        Arguments.of(new HttpRequest("POST", "/", Map.of(), Map.of(), "!!notbase64", true, "t"), 400, "malformed_body"));
  }

  @ParameterizedTest(name = "[{index}] {1} {2}")
  @MethodSource("badRequests")
  void badInputGetsAClearClientErrorAndWritesNothing(HttpRequest request, int status, String code) {
    HttpResponse response = router.handle(request);
    assertThat(response.status()).isEqualTo(status);
    JsonNode body = body(response);
    assertThat(body.get("error").asText()).isEqualTo(code);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(store.writes()).isZero();
  }

  @Test
  void jsonIsParsedWhateverTheContentTypeClaims() {
    HttpResponse created = router.handle(Requests.post("{\"data\":{\"a\":1}}", "Content-Type",
        "application/x-www-form-urlencoded"));
    assertThat(created.status()).isEqualTo(201);
  }

  @Test
  void headIsAllowedOnHealth() {
    assertThat(router.handle(Requests.request("HEAD", "/health", null)).status()).isEqualTo(200);
  }

  @Test
  void methodNotAllowedNamesWhatIsAllowed() {
    assertThat(router.handle(Requests.request("PATCH", "/", "{}")).headers())
        .containsEntry("Allow", "GET, POST, PUT, DELETE");
  }

  @Test
  void queryParametersAreDecodedAsTheAlbLeavesThemEncoded() {
    String id = body(router.handle(Requests.post("{\"data\":{}}"))).get("id").asText();
    String encoded = id.replace("-", "%2D");
    assertThat(router.handle(Requests.get("/", "id", encoded)).status()).isEqualTo(200);
  }

  @Test
  void everyRequestLeavesOneStructuredLogLine() {
    router.handle(Requests.get("/", "id", "missing"));
    String[] lines = log.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode line = Json.read(lines[0]);
    assertThat(line.get("requestId").asText()).isEqualTo("test");
    assertThat(line.get("region").asText()).isEqualTo("ap-south-1");
    assertThat(line.get("route").asText()).isEqualTo("/");
    assertThat(line.get("method").asText()).isEqualTo("GET");
    assertThat(line.get("status").asInt()).isEqualTo(404);
    assertThat(line.get("latencyMs").isNumber()).isTrue();
  }

  private static RouterSettings replicatedSettings(Duration timeout) {
    return RouterSettings.builder()
        .from(TestRouters.settings())
        .writeMode(WriteMode.REPLICATED)
        .replicationTimeout(timeout)
        .build();
  }

  static JsonNode body(HttpResponse response) {
    return Json.read(response.body().orElseThrow());
  }
}
