package io.drkit.localaws;

/** Thrown at once, before anything waits, when the {@code moto_server} executable cannot be found. */
public final class MotoServerMissingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  MotoServerMissingException(String message) {
    super(message);
  }
}
