package DR;

import io.drkit.activities.ActivityException;

/** Error {@code DR.RegionUnreachable}: a region's AWS endpoint does not answer. */
public final class RegionUnreachable extends ActivityException {

  private static final long serialVersionUID = 1L;

  public RegionUnreachable(String message) {
    super(message);
  }

  public RegionUnreachable(String message, Throwable cause) {
    super(message, cause);
  }
}
