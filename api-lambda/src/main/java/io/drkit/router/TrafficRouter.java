package io.drkit.router;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.health.HealthRoute;
import io.drkit.router.http.ApiException;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import io.drkit.router.items.ItemRoutes;
import io.drkit.router.items.StoreUnavailableException;
import io.drkit.router.items.WriteOutcomeUnknownException;
import io.drkit.router.logging.RequestLog;
import java.util.Map;

/**
 * The traffic-router as plain code: one HTTP request in, one response out, whatever the request holds. Client
 * mistakes become 4xx, unreachable storage 503 with a retry hint; only a bug of ours can become a 500. Closing it
 * releases what it was built with (the factory's SDK clients); on Lambda it lives as long as its environment.
 */
public final class TrafficRouter implements AutoCloseable {

  static final String SERVED_REGION_HEADER = "X-Served-Region";

  private final ItemRoutes items;
  private final HealthRoute health;
  private final RequestLog log;
  private final String region;
  private final Runnable onClose;

  /** @param onClose releases what the router was built with, when it is closed */
  public TrafficRouter(ItemRoutes items, HealthRoute health, RequestLog log, String region, Runnable onClose) {
    this.items = items;
    this.health = health;
    this.log = log;
    this.region = region;
    this.onClose = onClose;
  }

  public String region() {
    return region;
  }

  public HttpResponse handle(HttpRequest request) {
    long started = System.nanoTime();
    String route = switch (request.path()) {
      case "/" -> "/";
      case "/health" -> "/health";
      default -> "unmatched";
    };
    HttpResponse response;
    String error = null;
    try {
      response = switch (route) {
        case "/" -> items.handle(request);
        case "/health" -> health.handle(request);
        default -> throw ApiException.notFound("no route for " + request.method() + " " + shorten(request.path())
            + " (routes: / and /health)");
      };
    } catch (ApiException e) {
      response = error(e.status(), e.code(), e.getMessage()).withHeaders(e.headers());
      error = e.code();
    } catch (WriteOutcomeUnknownException e) {
      response = error(503, "write_outcome_unknown", "the write's answer from storage in " + region
          + " did not arrive (" + e.getMessage() + "); it may or may not be applied: read the item, or retry a POST "
          + "with the same Idempotency-Key").withHeaders(Map.of("Retry-After", "1"));
      error = "write_outcome_unknown";
    } catch (StoreUnavailableException e) {
      response = error(503, "service_unavailable", "storage is unavailable in " + region + ": " + e.getMessage()
          + "; retry shortly").withHeaders(Map.of("Retry-After", "1"));
      error = "service_unavailable";
    } catch (RuntimeException e) {
      log.failed(request, e);
      response = error(500, "internal_error", "an unexpected error; request id " + request.requestId());
      error = "internal_error";
    }
    response = response.withHeader(SERVED_REGION_HEADER, region);
    log.completed(request, route, response.status(), (System.nanoTime() - started) / 1_000, error);
    return response;
  }

  private static HttpResponse error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.put("error", code);
    body.put("message", message);
    return HttpResponse.json(status, Json.write(body));
  }

  private static String shorten(String path) {
    return io.drkit.router.http.Printable.of(path);
  }

  @Override
  public void close() {
    onClose.run();
  }
}
