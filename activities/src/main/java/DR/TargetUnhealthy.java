package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.TargetUnhealthy}: the region to move traffic to is not healthy. */
@Terminal
public final class TargetUnhealthy extends ActivityException {

  private static final long serialVersionUID = 1L;

  public TargetUnhealthy(String message) {
    super(message);
  }

  public TargetUnhealthy(String message, Throwable cause) {
    super(message, cause);
  }
}
