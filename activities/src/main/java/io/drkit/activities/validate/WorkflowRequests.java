package io.drkit.activities.validate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The workflows whose input ValidateInput checks, each with the type its input must read as. */
public enum WorkflowRequests {
  FAILOVER(FailoverRequest.class),
  FAILBACK(FailbackRequest.class),
  CONSISTENCY(ConsistencyRequest.class),
  ROLLBACK(RollbackRequest.class);

  /** Step Functions adds this to a child execution's input, to link it to its parent in the console. */
  static final String STARTED_BY = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

  private final Class<? extends WorkflowRequest> type;

  WorkflowRequests(Class<? extends WorkflowRequest> type) {
    this.type = type;
  }

  public Class<? extends WorkflowRequest> type() {
    return type;
  }

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
