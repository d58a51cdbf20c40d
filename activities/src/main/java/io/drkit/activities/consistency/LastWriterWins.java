package io.drkit.activities.consistency;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which of two copies of an item is the newer, as global tables decide: the later {@code updatedAt}, then the
 * higher {@code version}, then the greater {@code updatedRegion}, so that both regions agree on every pair.
 */
final class LastWriterWins {

  private LastWriterWins() {}

  /** Whether {@code a} wins over {@code b} (a copy wins over itself). */
  static boolean newer(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    int byTime = text(a, "updatedAt").compareTo(text(b, "updatedAt"));
    if (byTime != 0) {
      return byTime > 0;
    }
    int byVersion = Long.compare(number(a, "version"), number(b, "version"));
    if (byVersion != 0) {
      return byVersion > 0;
    }
    return text(a, "updatedRegion").compareTo(text(b, "updatedRegion")) >= 0;
  }

  /** Whether the first of two optional copies wins: a present copy wins over an absent one. */
  static boolean firstWins(Optional<Map<String, AttributeValue>> a, Optional<Map<String, AttributeValue>> b) {
    return b.isEmpty() || a.isPresent() && newer(a.get(), b.get());
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? "" : value.s();
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
  }
}
