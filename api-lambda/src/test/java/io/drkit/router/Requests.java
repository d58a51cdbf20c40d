package io.drkit.router;

import io.drkit.router.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link HttpRequest}s the way the ALB hands them over: query still URL-encoded. */
public final class Requests {

  private Requests() {}

  public static HttpRequest get(String path, String... query) {
    return request("GET", path, null, query);
  }

  public static HttpRequest post(String body, String... headers) {
    return new HttpRequest("POST", "/", Map.of(), headers(headers), body, false, "test");
  }

  public static HttpRequest put(String body) {
    return new HttpRequest("PUT", "/", Map.of(), headers(), body, false, "test");
  }

  public static HttpRequest delete(String id) {
    return request("DELETE", "/", null, "id", id);
  }

  public static HttpRequest request(String method, String path, String body, String... query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < query.length; i += 2) {
      params.put(query[i], List.of(query[i + 1]));
    }
    return new HttpRequest(method, path, params, headers(), body, false, "test");
  }

  private static Map<String, List<String>> headers(String... pairs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/json"));
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      headers.put(pairs[i].toLowerCase(java.util.Locale.ROOT), List.of(pairs[i + 1]));
    }
    return headers;
  }
}
