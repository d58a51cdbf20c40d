package io.drkit.activities.contract;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** What a contract field's Java type asks of the JSON, in words for an error message. */
final class Expected {

  private Expected() {}

  static String of(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as 2026-01-31T12:00:00Z";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a JSON object";
    }
    return "a " + type.getSimpleName();
  }
}
