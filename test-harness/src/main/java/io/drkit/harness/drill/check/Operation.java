package io.drkit.harness.drill.check;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of {@code history.jsonl}: one operation as the client saw it. {@code key} of an insert is the id the
 * service returned (empty when it did not answer); {@code status} is the HTTP code, or {@code timeout} or
 * {@code error} when none came; {@code region} is the region that served it, from the answer.
 */
public record Operation(
    String client,
    String op,
    Optional<String> key,
    Optional<String> value,
    OptionalLong version,
    Optional<String> region,
    long startMs,
    long endMs,
    String status) {

  public static final String INSERT = "insert";
  public static final String UPDATE = "update";
  public static final String READ = "read";
  public static final String DELETE = "delete";

  public Operation {
    if (!(op.equals(INSERT) || op.equals(UPDATE) || op.equals(READ) || op.equals(DELETE))) {
      throw new IllegalArgumentException("op must be insert, update, read or delete, not " + op);
    }
    if (endMs < startMs) {
      throw new IllegalArgumentException("end_ms " + endMs + " is before start_ms " + startMs);
    }
  }

  /** The service answered 2xx: for a write, the client was told it is stored. */
  public boolean acknowledged() {
    return status.length() == 3 && status.charAt(0) == '2';
  }

  /**
   * The service failed the client: 5xx, a timeout, or no answer at all. A 404 or 409 is an answer about the data,
   * not an outage.
   */
  public boolean failed() {
    return status.equals("timeout") || status.equals("error") || status.length() == 3 && status.charAt(0) == '5';
  }

  public boolean isWrite() {
    return !op.equals(READ);
  }
}
