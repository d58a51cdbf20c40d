package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.LockHeld}: another failover or failback holds the lock. */
@Terminal
public final class LockHeld extends ActivityException {

  private static final long serialVersionUID = 1L;

  public LockHeld(String message) {
    super(message);
  }

  public LockHeld(String message, Throwable cause) {
    super(message, cause);
  }
}
