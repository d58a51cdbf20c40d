package io.drkit.router.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON object body within a size limit. The body is parsed as JSON whatever its Content-Type says: curl's
 * default form type is what most hand-typed requests carry, and a wrong label is no reason to refuse valid JSON.
 */
public final class RequestBodies {

  private final int maxBytes;

  public RequestBodies(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  public ObjectNode jsonObject(HttpRequest request) {
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
}
