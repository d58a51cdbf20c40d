package io.drkit.router.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.ApiException;
import io.drkit.router.http.Json;
import io.drkit.router.http.Printable;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Set;

/** Parses and checks the bodies of POST and PUT: known fields only, each of the right type. */
public final class ItemRequests {

  /** POST {@code {"data": {...}}}. */
  public record Create(ObjectNode data) {}

  /** PUT {@code {"id": "...", "data": {...}, "version": N}}, version optional. */
  public record Update(String id, ObjectNode data, OptionalLong expectedVersion) {}

  private ItemRequests() {}

  public static Create create(ObjectNode body) {
    onlyFields(body, Set.of("data"));
    return new Create(ItemData.validate(body.get("data")));
  }

  public static Update update(ObjectNode body) {
    onlyFields(body, Set.of("id", "data", "version"));
    JsonNode id = body.get("id");
    if (id == null) {
      throw ApiException.badRequest("missing_field", "the field 'id' is required");
    }
    if (!id.isTextual()) {
      throw ApiException.badRequest("invalid_field", "'id' must be a string, not " + Json.describe(id));
    }
    return new Update(ItemId.validate(id.textValue()), ItemData.validate(body.get("data")), version(body.get("version")));
  }

  private static OptionalLong version(JsonNode version) {
    if (version == null) {
      return OptionalLong.empty();
    }
    if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 1) {
      throw ApiException.badRequest(
          "invalid_field", "'version' must be a whole number of at least 1, not " + Printable.of(version.toString()));
    }
    return OptionalLong.of(version.longValue());
  }

  private static void onlyFields(ObjectNode body, Set<String> allowed) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("unknown_field", "unknown field '" + Printable.of(name) + "'");
      }
    }
  }
}
