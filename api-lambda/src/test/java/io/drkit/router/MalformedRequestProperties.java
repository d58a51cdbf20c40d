package io.drkit.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a client sends that is not a valid request: a 4xx with an error body, never a 5xx, nothing written.
 */
class MalformedRequestProperties {

  @Property(tries = 400)
  void garbageBodiesAreClientErrors(@ForAll("methods") String method, @ForAll("garbage") String body) {
    assertRefusedWithoutWrites(new HttpRequest(method, "/", Map.of(), json(), body, false, "prop"));
  }

  @Property(tries = 400)
  void wrongShapesAreClientErrors(@ForAll("wrongShapes") String body) {
    assertRefusedWithoutWrites(new HttpRequest("POST", "/", Map.of(), json(), body, false, "prop"));
    assertRefusedWithoutWrites(new HttpRequest("PUT", "/", Map.of(), json(), body, false, "prop"));
  }

  @Property(tries = 300)
  void arbitraryQueriesAndPathsNeverFailTheServer(
      @ForAll("anyMethod") String method, @ForAll("paths") String path, @ForAll("queryText") String name,
      @ForAll("queryText") String value) {
    InMemoryItemStore store = new InMemoryItemStore();
    TrafficRouter router = TestRouters.over(store, new ByteArrayOutputStream());
    HttpResponse response = router.handle(
        new HttpRequest(method, path, Map.of(name, List.of(value)), json(), "", false, "prop"));
    assertThat(response.status()).isBetween(200, 499);
    if (response.status() >= 400) {
      assertThat(Json.read(response.body().orElseThrow()).get("error").isTextual()).isTrue();
    }
    assertThat(store.writes()).isZero();
  }

  private static void assertRefusedWithoutWrites(HttpRequest request) {
    InMemoryItemStore store = new InMemoryItemStore();
    TrafficRouter router = TestRouters.over(store, new ByteArrayOutputStream());
    HttpResponse response = router.handle(request);
    assertThat(response.status()).as(request.rawBody()).isBetween(400, 499);
    JsonNode error = Json.read(response.body().orElseThrow());
    assertThat(error.get("error").isTextual()).isTrue();
    assertThat(error.get("message").isTextual()).isTrue();
    assertThat(store.writes()).isZero();
  }

  private static Map<String, List<String>> json() {
    return Map.of("content-type", List.of("application/json"));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("POST", "PUT");
  }

  @Provide
  Arbitrary<String> anyMethod() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "", "BREW");
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.oneOf(
        Arbitraries.of("/", "/health", "", "//", "/health/", "/?", "/%2e%2e/", "/items/1"),
        Arbitraries.strings().ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> queryText() {
    return Arbitraries.oneOf(
        Arbitraries.of("id", "limit", "nextToken", "%", "%zz", "%00", "+", "", "a%2Fb", "-1", "999999999999"),
        Arbitraries.strings().ofMaxLength(30));
  }

  /** Text that is not one JSON object with a valid data field. */
  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-tfnul \\").ofMaxLength(60),
        Arbitraries.of("", " ", "null", "true", "1", "[]", "{", "}", "{\"data\"}", "{\"data\":}", "\uFEFF{}",
            "{\"data\":{}}}", "{\"data\":{}}\u0000", "{'data':{}}", "{\"data\":NaN}", "{\"data\":{\"a\":Infinity}}"));
  }

  /** Well-formed JSON of the wrong shape: wrong types, unknown or missing fields, bad ids and versions. */
  @Provide
  Arbitrary<String> wrongShapes() {
    Arbitrary<String> anyValue = Arbitraries.of("1", "\"s\"", "true", "null", "[]", "[1]", "1.5", "-3", "\"\"",
        "{\"a\":1}", "\"a/b\"", "\"" + "x".repeat(200) + "\"", "99999999999999999999999");
    Arbitrary<String> field = Arbitraries.of("id", "data", "version", "extra", "Data", "");
    return Combinators.combine(field, anyValue, field, anyValue)
        .as((f1, v1, f2, v2) -> f1.equals(f2)
            ? "{\"" + f1 + "\":" + v1 + "}"
            : "{\"" + f1 + "\":" + v1 + ",\"" + f2 + "\":" + v2 + "}")
        .filter(MalformedRequestProperties::notAValidRequest);
  }

  /** Excludes the few combinations that are valid requests (a POST of an object data). */
  private static boolean notAValidRequest(String body) {
    JsonNode node = Json.read(body);
    boolean onlyData = node.size() == 1 && node.has("data");
    return !(onlyData && node.get("data").isObject());
  }
}
