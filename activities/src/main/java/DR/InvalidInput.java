package DR;

import io.drkit.activities.ActivityException;
import io.drkit.activities.Terminal;

/** Error {@code DR.InvalidInput}: the input is not what the step takes. */
@Terminal
public final class InvalidInput extends ActivityException {

  private static final long serialVersionUID = 1L;

  public InvalidInput(String message) {
    super(message);
  }

  public InvalidInput(String message, Throwable cause) {
    super(message, cause);
  }
}
