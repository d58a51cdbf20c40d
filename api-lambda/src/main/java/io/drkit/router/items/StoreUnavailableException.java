package io.drkit.router.items;

/** Storage could not be reached, timed out, or throttled us: the client should retry shortly. */
public class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
