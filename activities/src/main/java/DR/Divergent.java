package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.Divergent}: the regions hold different data. */
@Terminal
public final class Divergent extends ActivityException {

  private static final long serialVersionUID = 1L;

  public Divergent(String message) {
    super(message);
  }

  public Divergent(String message, Throwable cause) {
    super(message, cause);
  }
}
