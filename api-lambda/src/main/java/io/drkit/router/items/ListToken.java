package io.drkit.router.items;

import io.drkit.router.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque {@code nextToken} of a listing: the last id of the page, encoded so clients do not depend on it. */
public final class ListToken {

  private static final String PREFIX = "v1:";

  private ListToken() {}

  public static String encode(String lastId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  public static String decode(String token) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!text.startsWith(PREFIX)) {
      throw invalid();
    }
    try {
      return ItemId.validate(text.substring(PREFIX.length()));
    } catch (ApiException e) {
      throw invalid();
    }
  }

  private static ApiException invalid() {
    return ApiException.badRequest("invalid_next_token", "nextToken is not one this API issued");
  }
}
