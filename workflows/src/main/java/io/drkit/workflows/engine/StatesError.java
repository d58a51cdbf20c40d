package io.drkit.workflows.engine;

/**
 * A failure with a Step Functions error name and cause: what Retry and Catch match on, and what a failed
 * execution reports. Predefined names are on {@link ErrorNames}.
 */
public final class StatesError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String errorCause;

  public StatesError(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.error = error;
    this.errorCause = cause;
  }

  public static StatesError runtime(String cause) {
    return new StatesError(ErrorNames.RUNTIME, cause);
  }

  public String error() {
    return error;
  }

  /** The cause text; may be null, as with a Fail state that gives none. */
  public String cause() {
    return errorCause;
  }
}
