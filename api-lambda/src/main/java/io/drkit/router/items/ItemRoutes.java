package io.drkit.router.items;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.ApiException;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import io.drkit.router.http.MethodNotAllowed;
import io.drkit.router.http.QueryParameters;
import io.drkit.router.http.RequestBodies;
import java.util.Optional;
import java.util.Set;

/** The CRUD contract on {@code /}: turns HTTP into {@link ItemService} calls and items into JSON. */
public final class ItemRoutes {

  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;
  private static final String ALLOWED = "GET, POST, PUT, DELETE";

  private final ItemService items;
  private final RequestBodies bodies;

  public ItemRoutes(ItemService items, RequestBodies bodies) {
    this.items = items;
    this.bodies = bodies;
  }

  public HttpResponse handle(HttpRequest request) {
    return switch (request.method()) {
      case "GET" -> read(request);
      case "POST" -> create(request);
      case "PUT" -> update(request);
      case "DELETE" -> delete(request);
      default -> throw MethodNotAllowed.of(request, ALLOWED);
    };
  }

  private HttpResponse read(HttpRequest request) {
    QueryParameters query = request.query().allowOnly(Set.of("id", "limit", "nextToken"));
    Optional<String> id = query.single("id");
    if (id.isPresent()) {
      if (query.has("limit") || query.has("nextToken")) {
        throw ApiException.badRequest("invalid_query", "give either id, or limit and nextToken, not both");
      }
      return HttpResponse.json(200, Json.write(items.get(ItemId.validate(id.get())).toJson()));
    }
    int limit = query.single("limit").map(ItemRoutes::pageSize).orElse(DEFAULT_PAGE_SIZE);
    ItemPage page = items.list(limit, query.single("nextToken").map(ListToken::decode));
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("items");
    page.items().forEach(item -> list.add(item.toJson()));
    body.put("nextToken", page.lastId().map(ListToken::encode).orElse(null));
    return HttpResponse.json(200, Json.write(body));
  }

  private HttpResponse create(HttpRequest request) {
    request.query().allowOnly(Set.of());
    ObjectNode body = bodies.jsonObject(request);
    ItemRequests.Create create = ItemRequests.create(body);
    Optional<IdempotencyKey> key = request.singleHeader("idempotency-key").map(h -> IdempotencyKey.of(h, body));
    ItemService.Created created = items.create(create, key);
    HttpResponse response = HttpResponse.json(201, Json.write(created.item().toJson()))
        .withHeader("Location", "/?id=" + created.item().id());
    return created.replayed() ? response.withHeader("Idempotent-Replayed", "true") : response;
  }

  private HttpResponse update(HttpRequest request) {
    request.query().allowOnly(Set.of());
    ItemRequests.Update update = ItemRequests.update(bodies.jsonObject(request));
    return HttpResponse.json(200, Json.write(items.update(update).toJson()));
  }

  private HttpResponse delete(HttpRequest request) {
    QueryParameters query = request.query().allowOnly(Set.of("id"));
    String id = query.single("id")
        .orElseThrow(() -> ApiException.badRequest("invalid_query", "DELETE needs the query parameter id"));
    items.delete(ItemId.validate(id));
    return HttpResponse.noContent();
  }

  private static int pageSize(String text) {
    if (!text.matches("[0-9]{1,3}")) {
      throw ApiException.badRequest("invalid_query", "limit must be a whole number from 1 to " + MAX_PAGE_SIZE);
    }
    try {
      int size = Integer.parseInt(text);
      if (size >= 1 && size <= MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw ApiException.badRequest("invalid_query", "limit must be a whole number from 1 to " + MAX_PAGE_SIZE);
  }
}
