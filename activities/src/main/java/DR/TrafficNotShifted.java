package DR;

import io.drkit.activities.ActivityException;

/** Error {@code DR.TrafficNotShifted}: clients do not land in the target region yet. */
public final class TrafficNotShifted extends ActivityException {

  private static final long serialVersionUID = 1L;

  public TrafficNotShifted(String message) {
    super(message);
  }

  public TrafficNotShifted(String message, Throwable cause) {
    super(message, cause);
  }
}
