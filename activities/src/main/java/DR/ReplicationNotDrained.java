package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.ReplicationNotDrained}: replication did not drain within the time allowed. */
@Terminal
public final class ReplicationNotDrained extends ActivityException {

  private static final long serialVersionUID = 1L;

  public ReplicationNotDrained(String message) {
    super(message);
  }

  public ReplicationNotDrained(String message, Throwable cause) {
    super(message, cause);
  }
}
