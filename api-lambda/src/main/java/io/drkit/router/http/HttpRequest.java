package io.drkit.router.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the load balancer hands it over: the query string and body exactly as received. Decoding
 * happens on access and fails with an {@link ApiException}, inside the router's error handling.
 *
 * @param rawQuery query parameters as the ALB passes them: still URL-encoded, possibly repeated
 * @param headers header values by lower-case name
 * @param rawBody the body text, base64 when {@code base64Body}
 */
public record HttpRequest(
    String method,
    String path,
    Map<String, List<String>> rawQuery,
    Map<String, List<String>> headers,
    String rawBody,
    boolean base64Body,
    String requestId) {

  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rawQuery = Map.copyOf(rawQuery);
    headers = Map.copyOf(headers);
    rawBody = rawBody == null ? "" : rawBody;
    Objects.requireNonNull(requestId, "requestId");
  }

  public QueryParameters query() {
    return QueryParameters.decode(rawQuery);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A header that may be given at most once: twice is ambiguous and refused. */
  public Optional<String> singleHeader(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    if (values != null && values.size() > 1) {
      throw ApiException.badRequest("invalid_header", "the header " + name + " is given more than once");
    }
    return header(name);
  }

  /** The body's bytes, after base64 decoding when the load balancer encoded it. */
  public byte[] body() {
    if (!base64Body) {
      return rawBody.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getMimeDecoder().decode(rawBody);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed_body", "the body is marked base64 but does not decode: " + e.getMessage());
    }
  }
}
