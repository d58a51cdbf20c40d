package DR;

import io.drkit.activities.ActivityException;

/** Error {@code DR.RollbackFailed}: a rollback target could not be restored. */
public final class RollbackFailed extends ActivityException {

  private static final long serialVersionUID = 1L;

  public RollbackFailed(String message) {
    super(message);
  }

  public RollbackFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
