package io.drkit.router.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A response: status, headers, and a JSON body unless there is none (204). */
public record HttpResponse(int status, Map<String, String> headers, Optional<String> body) {

  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  public static HttpResponse json(int status, String body) {
    return new HttpResponse(status, Map.of("Content-Type", "application/json"), Optional.of(body));
  }

  public static HttpResponse noContent() {
    return new HttpResponse(204, Map.of(), Optional.empty());
  }

  public HttpResponse withHeaders(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(more);
    return new HttpResponse(status, merged, body);
  }

  public HttpResponse withHeader(String name, String value) {
    return withHeaders(Map.of(name, value));
  }
}
