package io.drkit.activities;

/**
 * The base of the named errors a workflow matches on. Lambda reports a Java exception's class name as the error
 * name, so each error is a class whose full name is the ASL error name: {@code DR.LockHeld} is class LockHeld in
 * package {@code DR}.
 */
public abstract class ActivityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ActivityException(String message) {
    super(message);
  }

  protected ActivityException(String message, Throwable cause) {
    super(message, cause);
  }
}
