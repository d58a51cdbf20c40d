package io.drkit.router.items;

/** The store did not write because a condition of the write did not hold. */
public final class WriteRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the write was refused. */
  public enum Reason {
    REGION_FENCED,
    ALREADY_EXISTS,
    CONDITION_FAILED,
    IDEMPOTENCY_KEY_TAKEN,
    /** Another transaction held the item at that moment; retrying may succeed. */
    CONTENTION
  }

  private final Reason reason;

  public WriteRefusedException(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
