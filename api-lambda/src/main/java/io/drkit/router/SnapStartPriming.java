package io.drkit.router;

import io.drkit.router.http.HttpRequest;
import java.util.List;
import java.util.Map;

/**
 * Requests that run the router's code paths (routing, JSON, validation, a DynamoDB read and the health probe)
 * before a SnapStart snapshot. None of them writes: a read of an id that does not exist, a body that validation
 * refuses, the health check.
 */
final class SnapStartPriming {

  private static final String REQUEST_ID = "snapstart-priming";

  private SnapStartPriming() {}

  static void prime(TrafficRouter router) {
    for (HttpRequest request : requests()) {
      try {
        router.handle(request);
      } catch (RuntimeException ignored) {
        // priming is best effort: the snapshot must be taken even when a table is unreachable at that moment
      }
    }
  }

  static List<HttpRequest> requests() {
    Map<String, List<String>> json = Map.of("content-type", List.of("application/json"));
    return List.of(
        new HttpRequest("GET", "/health", Map.of(), Map.of(), "", false, REQUEST_ID),
        new HttpRequest("GET", "/", Map.of("id", List.of("snapstart-priming-absent")), Map.of(), "", false, REQUEST_ID),
        new HttpRequest("POST", "/", Map.of(), json, "{\"data\":{\"priming\":[1,2.5,true,null,\"x\"]},\"x\":1}", false,
            REQUEST_ID),
        new HttpRequest("PUT", "/", Map.of(), json, "{\"id\":\"#\",\"data\":{}}", false, REQUEST_ID));
  }
}
