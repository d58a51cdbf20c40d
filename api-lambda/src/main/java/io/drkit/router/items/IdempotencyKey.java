package io.drkit.router.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.ApiException;
import io.drkit.router.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} header with the fingerprint of the request it came with. The fingerprint is taken of
 * the parsed body, so a retry that only differs in whitespace is still the same request.
 */
public record IdempotencyKey(String value, String fingerprint) {

  public static final int MAX_LENGTH = 255;
  private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

  public static IdempotencyKey of(String header, ObjectNode body) {
    if (!SHAPE.matcher(header).matches()) {
      throw ApiException.badRequest("invalid_idempotency_key",
          "the Idempotency-Key must be 1 to " + MAX_LENGTH + " visible ASCII characters");
    }
    return new IdempotencyKey(header, sha256(Json.write(body)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
