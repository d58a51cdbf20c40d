package io.drkit.router.http;

import java.util.Map;

/**
 * A request the router answers with an error status and a {@code {"error", "message"}} body. Thrown anywhere
 * below the router; the router turns it into the response, so no client input ever becomes a 500.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, String> headers;

  public ApiException(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  public ApiException(int status, String code, String message, Map<String, String> headers) {
    super(message, null, false, false); // a client error needs no stack trace
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(headers);
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  /** 503 with a {@code Retry-After} hint: the client may retry the same request. */
  public static ApiException unavailable(String code, String message, int retryAfterSeconds) {
    return new ApiException(503, code, message, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
