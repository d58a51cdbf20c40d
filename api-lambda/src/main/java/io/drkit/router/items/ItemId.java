package io.drkit.router.items;

import io.drkit.router.http.ApiException;
import io.drkit.router.http.Printable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Item ids: the router makes them (random UUIDs) and accepts only ids of this shape back. Excluding {@code #} keeps
 * client ids apart from the router's own probe keys.
 */
public final class ItemId {

  public static final int MAX_LENGTH = 128;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

  private ItemId() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  public static String validate(String id) {
    if (id == null || id.isEmpty()) {
      throw ApiException.badRequest("invalid_id", "the id is empty");
    }
    if (id.length() > MAX_LENGTH) {
      throw ApiException.badRequest("invalid_id", "the id is longer than " + MAX_LENGTH + " characters");
    }
    if (!SHAPE.matcher(id).matches()) {
      throw ApiException.badRequest(
          "invalid_id", "the id '" + Printable.of(id) + "' has characters outside A-Z a-z 0-9 . _ : -");
    }
    return id;
  }
}
