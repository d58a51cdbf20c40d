package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** The kinds of whole number that counts, seconds and attempts take. */
final class FieldValues {

  private FieldValues() {}

  static boolean isPositiveInteger(JsonNode value) {
    return value.isIntegralNumber() && value.longValue() > 0;
  }

  static boolean isNonNegativeInteger(JsonNode value) {
    return value.isIntegralNumber() && value.longValue() >= 0;
  }
}
