package io.drkit.router.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.ApiException;
import io.drkit.router.http.Json;
import io.drkit.router.http.Printable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Checks an item's {@code data} against what DynamoDB can store, so that a write the table would reject is a 400
 * here and never a 500 later: at most 32 levels of nesting, numbers of at most 38 significant digits within
 * 1E-130 and 9.99E+125 in magnitude, no empty attribute names, and text that is valid Unicode.
 */
public final class ItemData {

  static final int MAX_DEPTH = 32;
  private static final int MAX_PRECISION = 38;
  private static final int MIN_EXPONENT = -130;
  private static final int MAX_EXPONENT = 125;

  private ItemData() {}

  public static ObjectNode validate(JsonNode data) {
    if (data == null || data.isMissingNode()) {
      throw ApiException.badRequest("missing_field", "the field 'data' is required");
    }
    if (!data.isObject()) {
      throw ApiException.badRequest("invalid_field", "'data' must be a JSON object, not " + Json.describe(data));
    }
    check(data, "data", 1);
    return (ObjectNode) data;
  }

  private static void check(JsonNode node, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw ApiException.badRequest("invalid_field", "'data' nests deeper than " + MAX_DEPTH + " levels at " + path);
    }
    switch (node.getNodeType()) {
      case OBJECT -> {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String name = field.getKey();
          if (name.isEmpty()) {
            throw ApiException.badRequest("invalid_field", "empty attribute name in " + path);
          }
          checkText(name, path);
          check(field.getValue(), path + "." + name, depth + 1);
        }
      }
      case ARRAY -> {
        for (int i = 0; i < node.size(); i++) {
          check(node.get(i), path + "[" + i + "]", depth + 1);
        }
      }
      case STRING -> checkText(node.textValue(), path);
      case NUMBER -> checkNumber(node, path);
      default -> {
        // booleans and null store as they are
      }
    }
  }

  private static void checkNumber(JsonNode node, String path) {
    BigDecimal value = node.decimalValue().stripTrailingZeros();
    if (value.signum() == 0) {
      return;
    }
    int exponent = value.precision() - value.scale() - 1;
    if (value.precision() > MAX_PRECISION || exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      throw ApiException.badRequest("invalid_number", "the number at " + Printable.of(path)
          + " is outside what DynamoDB stores (38 significant digits, magnitude 1E-130 to 9.99E+125)");
    }
  }

  private static void checkText(String text, String path) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw ApiException.badRequest(
            "invalid_string", "text at " + Printable.of(path) + " holds an unpaired UTF-16 surrogate");
      }
    }
  }
}
