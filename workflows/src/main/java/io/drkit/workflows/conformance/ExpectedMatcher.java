package io.drkit.workflows.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an engine's result with a recorded one. Recordings replaced volatile values (timestamps, ids, random
 * numbers) with placeholder strings such as {@code <timestamp>}, {@code date} or {@code arn:<partition>:...}; a
 * placeholder matches any value at its place.
 */
final class ExpectedMatcher {

  private static final Pattern TOKEN = Pattern.compile("<[^<>\\s]+>");
  private static final Set<String> WORDS = Set.of("timestamp", "date", "start-date", "stop-date",
      "RandomNumberGenerated", "snf_role_arn", "execution_arn", "state_machine_arn");

  private final boolean placeholders;

  ExpectedMatcher(boolean placeholders) {
    // placeholders occur in recordings whatever their flag says, so they are always honoured
    this.placeholders = true;
  }

  boolean matches(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    if (expected.isTextual() && placeholders && isPlaceholder(expected.textValue())) {
      return !actual.isTextual() || textMatches(expected.textValue(), actual.textValue())
          || sameJson(expected.textValue(), actual.textValue());
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isObject()) {
      if (!actual.isObject() || expected.size() != actual.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isTextual() && actual.isTextual()) {
      return textMatches(expected.textValue(), actual.textValue()) || sameJson(expected.textValue(), actual.textValue());
    }
    return expected.equals(actual);
  }

  /** A cause: text against text; a recorded JSON cause against the engine's cause parsed as JSON. */
  boolean causeMatches(JsonNode expected, String actual) {
    if (expected == null || expected.isNull()) {
      return actual == null;
    }
    if (actual == null) {
      return false;
    }
    if (!expected.isTextual()) {
      try {
        return matches(expected, Json.parse(actual));
      } catch (IllegalArgumentException notJson) {
        return false;
      }
    }
    return textMatches(expected.textValue(), actual) || sameJson(expected.textValue(), actual);
  }

  /** Two texts holding the same JSON document, however spaced (a Lambda error's cause, say). */
  private boolean sameJson(String expected, String actual) {
    String e = expected.strip();
    if (!(e.startsWith("{") || e.startsWith("["))) {
      return false;
    }
    try {
      JsonNode left = Json.parse(expected);
      JsonNode right = Json.parse(actual);
      return matches(left, right);
    } catch (IllegalArgumentException notJson) {
      return false;
    }
  }

  private static boolean isPlaceholder(String text) {
    return WORDS.contains(text) || TOKEN.matcher(text).find();
  }

  private static boolean textMatches(String expected, String actual) {
    if (WORDS.contains(expected)) {
      return true;
    }
    if (!TOKEN.matcher(expected).find()) {
      return expected.equals(actual);
    }
    StringBuilder regex = new StringBuilder();
    Matcher matcher = TOKEN.matcher(expected);
    int at = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(expected.substring(at, matcher.start()))).append("(?s).*");
      at = matcher.end();
    }
    regex.append(Pattern.quote(expected.substring(at)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
  }
}
