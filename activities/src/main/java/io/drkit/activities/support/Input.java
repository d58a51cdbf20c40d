package io.drkit.activities.support;

import DR.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads an activity's input and refuses, as {@code DR.InvalidInput}, what it cannot use. */
public final class Input {

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private final JsonNode json;

  private Input(JsonNode json) {
    this.json = json;
  }

  public static Input of(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidInput("the input must be a JSON object");
    }
    return new Input(json);
  }

  public JsonNode json() {
    return json;
  }

  public String region(String field) {
    String value = text(field);
    if (!REGION.matcher(value).matches()) {
      throw new InvalidInput("'" + field + "' must be an AWS region name such as ap-south-1, not '" + value + "'");
    }
    return value;
  }

  public String text(String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new InvalidInput("'" + field + "' is required and must be a non-empty string");
    }
    return value.textValue();
  }

  public Optional<String> optionalText(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidInput("'" + field + "' must be a string");
    }
    return Optional.of(value.textValue());
  }

  public boolean flag(String field, boolean fallback) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new InvalidInput("'" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  public long number(String field, long fallback, long min, long max) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < min || value.longValue() > max) {
      throw new InvalidInput("'" + field + "' must be a whole number from " + min + " to " + max);
    }
    return value.longValue();
  }

  public <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
    Optional<String> value = optionalText(field);
    if (value.isEmpty()) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.get().replace('-', '_'))) {
        return constant;
      }
    }
    throw new InvalidInput("'" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants())
        .toLowerCase(java.util.Locale.ROOT) + ", not '" + value.get() + "'");
  }

  /** The two regions of a failover or failback, which must differ. */
  public String[] regionPair(String from, String to) {
    String a = region(from);
    String b = region(to);
    if (a.equals(b)) {
      throw new InvalidInput("'" + from + "' and '" + to + "' must be different regions");
    }
    return new String[] {a, b};
  }
}
