package io.drkit.workflows.validation;

/** One thing wrong with a definition: where (for example {@code States.Fence.Retry[0].ErrorEquals}), and what. */
public record Problem(String location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
