package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.RollbackFailed}: a rollback target could not be restored. */
@Terminal
public final class RollbackFailed extends ActivityException {

  private static final long serialVersionUID = 1L;

  public RollbackFailed(String message) {
    super(message);
  }

  public RollbackFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
