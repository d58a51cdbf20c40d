package io.drkit.workflows.engine;

import java.util.Set;

/** Errors the engine itself raises (as opposed to a task's or a Fail state's). */
final class EngineErrors {

  /** Not an ASL error name: the marker of an execution stopped by StopExecution. */
  static final String ABORTED = "Execution.Aborted";

  private static final Set<String> ENGINE_RAISED = Set.of(ErrorNames.RUNTIME, ErrorNames.QUERY_EVALUATION_ERROR,
      ErrorNames.INTRINSIC_FAILURE, ErrorNames.RESULT_PATH_MATCH_FAILURE, ErrorNames.PARAMETER_PATH_FAILURE);

  private EngineErrors() {}

  static boolean isEngineRaised(StatesError error) {
    return error.error() != null && ENGINE_RAISED.contains(error.error());
  }
}
