package io.drkit.router.items;

/**
 * A write whose answer never came (a timeout or a dropped connection): DynamoDB may have applied it or not. The
 * client learns exactly that, so that it re-reads, or retries with the same Idempotency-Key, instead of writing twice.
 */
public final class WriteOutcomeUnknownException extends StoreUnavailableException {

  private static final long serialVersionUID = 1L;

  public WriteOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
