package io.drkit.core.tables;

import java.util.Objects;

/**
 * The two global tables of a deployment: the application's items, and the control table that holds fences,
 * heartbeats, idempotency records and workflow locks.
 */
public record TableNames(String application, String control) {

  public static final TableNames DEFAULT = new TableNames("dr-items", "dr-control");

  public TableNames {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(control, "control");
    if (application.equals(control)) {
      throw new IllegalArgumentException("the application and control tables must differ: " + application);
    }
  }
}
