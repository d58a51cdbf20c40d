package io.drkit.router.http;

import java.util.Map;

/** 405 with the {@code Allow} header that names what the route accepts. */
public final class MethodNotAllowed {

  private MethodNotAllowed() {}

  public static ApiException of(HttpRequest request, String allowed) {
    return new ApiException(405, "method_not_allowed",
        "method " + Printable.of(request.method()) + " is not allowed on " + request.path() + " (allowed: " + allowed + ")",
        Map.of("Allow", allowed));
  }
}
