package io.drkit.activities.contract;

import DR.InvalidInput;

/**
 * An optional whole number's default and range, declared once by the step that takes it and reused by the workflow
 * requests that pass it on, so that both refuse the same values.
 */
public record Bounds(long fallback, long min, long max) {

  public Bounds {
    if (min > max || fallback < min || fallback > max) {
      throw new IllegalArgumentException("the default " + fallback + " must lie in [" + min + ", " + max + "]");
    }
  }

  /** The value, or the default when absent; refused as {@code DR.InvalidInput} naming the field when out of range. */
  public long of(String field, Long value) {
    long actual = value == null ? fallback : value;
    if (actual < min || actual > max) {
      throw new InvalidInput("'" + field + "' must be a whole number from " + min + " to " + max + ", not " + actual);
    }
    return actual;
  }

  public int of(String field, Integer value) {
    return (int) of(field, value == null ? null : value.longValue());
  }
}
