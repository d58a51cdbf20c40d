package io.drkit.activities.contract;

import DR.InvalidInput;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks a contract's record makes of its fields, in its compact constructor. Each failure is a
 * {@code DR.InvalidInput} that names the field and says what it must be.
 */
public final class Require {

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private Require() {}

  public static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("'" + field + "' is required and must be a non-empty string");
    }
    return value;
  }

  public static String region(String field, String value) {
    text(field, value);
    if (!REGION.matcher(value).matches()) {
      throw new InvalidInput("'" + field + "' must be an AWS region name such as ap-south-1, not '" + value + "'");
    }
    return value;
  }

  /** The two regions of one move or comparison, which must both be region names and differ. */
  public static void twoRegions(String field, String value, String otherField, String other) {
    region(field, value);
    region(otherField, other);
    if (value.equals(other)) {
      throw new InvalidInput("'" + field + "' and '" + otherField + "' must be different regions, not both " + value);
    }
  }

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInput("'" + field + "' is required");
    }
    return value;
  }

  /** An optional whole number: its default when absent, else within [min, max]. */
  public static long within(String field, Long value, long fallback, long min, long max) {
    return new Bounds(fallback, min, max).of(field, value);
  }

  public static int within(String field, Integer value, int fallback, int min, int max) {
    return new Bounds(fallback, min, max).of(field, value);
  }

  public static <T> List<T> list(String field, Collection<T> values) {
    if (values == null) {
      throw new InvalidInput("'" + field + "' is required and must be a list");
    }
    if (values.stream().anyMatch(java.util.Objects::isNull)) { // List.of answers contains(null) with an exception
      throw new InvalidInput("'" + field + "' must not hold null");
    }
    return List.copyOf(values);
  }

  public static <T> List<T> nonEmpty(String field, Collection<T> values) {
    List<T> list = list(field, values);
    if (list.isEmpty()) {
      throw new InvalidInput("'" + field + "' must not be empty");
    }
    return list;
  }

  public static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
