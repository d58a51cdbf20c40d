package io.drkit.activities.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** One GET of a /health URL, bounded by a short timeout: a dead region answers nothing, quickly. */
public final class HttpProbe {

  /** What a probe saw: the HTTP status, the region that served it, and the body when it was JSON. */
  public record Result(int status, Optional<String> servedRegion, Optional<JsonNode> body, long millis) {
    public boolean healthy() {
      return status == 200;
    }
  }

  private final HttpClient http;
  private final Duration timeout;

  public HttpProbe(Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    this.timeout = timeout;
  }

  /** Empty when nothing answered within the timeout. */
  public Optional<Result> get(URI url) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      Optional<JsonNode> body;
      try {
        body = Optional.of(Json.parse(response.body()));
      } catch (IllegalArgumentException notJson) {
        body = Optional.empty();
      }
      return Optional.of(new Result(response.statusCode(), response.headers().firstValue("x-served-region"), body,
          (System.nanoTime() - started) / 1_000_000));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
