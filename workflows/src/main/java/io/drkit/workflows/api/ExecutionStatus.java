package io.drkit.workflows.api;

/** As Step Functions reports an execution. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED
}
