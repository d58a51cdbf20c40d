package io.drkit.core.witness;

/** The witness did not answer: nothing is known of its state, and nothing was changed by this caller. */
public class WitnessUnreachableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WitnessUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
