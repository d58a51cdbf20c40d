package io.drkit.activities.support.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.ProbeResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** {@link HealthProbe} over HTTP/1.1 with the JDK's client. */
public final class HttpHealthProbe implements HealthProbe {

  private final HttpClient http;
  private final Duration timeout;

  public HttpHealthProbe(Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    this.timeout = timeout;
  }

  @Override
  public Optional<ProbeResult> get(URI url) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return Optional.of(new ProbeResult(response.statusCode(), response.headers().firstValue("x-served-region"),
          json(response.body()), (System.nanoTime() - started) / 1_000_000));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> json(String body) {
    try {
      return Optional.of(StepJson.parse(body));
    } catch (IllegalArgumentException notJson) {
      return Optional.empty();
    }
  }
}
