package io.drkit.router.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decoded query parameters. The ALB passes them still URL-encoded (unlike API Gateway), so they are decoded here
 * once; a parameter given twice, or one a route does not know, is a client error rather than something to guess at.
 */
public final class QueryParameters {

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryParameters decode(Map<String, List<String>> raw) {
    Map<String, List<String>> decoded = new LinkedHashMap<>();
    raw.forEach((name, rawValues) -> {
      String key = decodeComponent(name);
      List<String> list = rawValues.stream().map(QueryParameters::decodeComponent).toList();
      decoded.merge(key, list, (a, b) -> {
        var merged = new java.util.ArrayList<>(a);
        merged.addAll(b);
        return List.copyOf(merged);
      });
    });
    return new QueryParameters(decoded);
  }

  /** Refuses any parameter not in {@code allowed}. */
  public QueryParameters allowOnly(Set<String> allowed) {
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        String expected = allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed));
        throw ApiException.badRequest(
            "invalid_query", "unknown query parameter '" + Printable.of(name) + "' (accepted here: " + expected + ")");
      }
    }
    return this;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The single value of a parameter; given twice it is ambiguous and refused. */
  public Optional<String> single(String name) {
    List<String> list = values.get(name);
    if (list == null || list.isEmpty()) {
      return Optional.empty();
    }
    if (list.size() > 1) {
      throw ApiException.badRequest("invalid_query", "query parameter '" + name + "' is given more than once");
    }
    return Optional.of(list.get(0));
  }

  private static String decodeComponent(String raw) {
    try {
      return URLDecoder.decode(raw == null ? "" : raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_query", "malformed percent-encoding in the query string");
    }
  }
}
