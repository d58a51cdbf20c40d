package io.drkit.workflows.engine;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** RFC 3339 timestamps as ASL takes them: an uppercase T, and Z or a numeric offset. */
final class Timestamps {

  private Timestamps() {}

  static Optional<OffsetDateTime> parse(String text) {
    if (text.length() < 11 || text.charAt(10) != 'T' || text.contains("t") || text.endsWith("z")) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
