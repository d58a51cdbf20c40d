package io.drkit.harness.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** One region's item API, as a client calls it: create, read, update. */
final class ItemApi {

  /** An answer: the HTTP status and, when the body was an item, the item. */
  record Answer(int status, Optional<JsonNode> item) {
    JsonNode itemOrThrow() {
      return item.orElseThrow(() -> new IllegalStateException("expected an item, got HTTP " + status));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String region;
  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;

  ItemApi(String region, URI endpoint, HttpClient http, Duration timeout) {
    this.region = region;
    this.endpoint = endpoint;
    this.http = http;
    this.timeout = timeout;
  }

  String region() {
    return region;
  }

  Answer create(ObjectNode data) throws IOException, InterruptedException {
    return send(request("/").POST(body(JSON.createObjectNode().set("data", data))));
  }

  Answer get(String id) throws IOException, InterruptedException {
    return send(request("/?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).GET());
  }

  /** An unconditional update: last writer wins, as two regions writing one key at once would. */
  Answer put(String id, ObjectNode data) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("id", id);
    body.set("data", data);
    return send(request("/").PUT(body(body)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(endpoint.resolve(path)).timeout(timeout).header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(JsonNode json) {
    return HttpRequest.BodyPublishers.ofString(json.toString());
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Optional<JsonNode> item = Optional.empty();
    if (response.statusCode() / 100 == 2 && !response.body().isEmpty()) {
      JsonNode parsed = JSON.readTree(response.body());
      item = parsed.has("id") ? Optional.of(parsed) : Optional.empty();
    }
    return new Answer(response.statusCode(), item);
  }
}
