package io.drkit.router.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Reads a JSON object body within a size limit, refusing other media types. */
public final class RequestBodies {

  private final int maxBytes;

  public RequestBodies(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  public ObjectNode jsonObject(HttpRequest request) {
    request.header("content-type").ifPresent(RequestBodies::requireJson);
    if (request.rawBody().length() > maxBytes * 2 + 16) {
      throw tooLarge(); // refuse before decoding anything absurdly large
    }
    byte[] body = request.body();
    if (body.length == 0) {
      throw ApiException.badRequest("empty_body", "the body is empty: send a JSON object");
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    return Json.parseObject(body);
  }

  private ApiException tooLarge() {
    return new ApiException(413, "payload_too_large", "the body is larger than " + maxBytes + " bytes");
  }

  private static void requireJson(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json") && !type.endsWith("+json")) {
      throw new ApiException(415, "unsupported_media_type",
          "send the body as application/json, not " + Printable.of(contentType));
    }
  }
}
