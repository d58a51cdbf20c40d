package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A state's Catch field: the first catcher whose ErrorEquals matches the error. */
final class Catchers {

  private Catchers() {}

  static Optional<JsonNode> find(StateCall call, StatesError error) {
    if (EngineErrors.ABORTED.equals(error.error())) {
      return Optional.empty();
    }
    JsonNode catchers = call.field("Catch");
    if (catchers == null || !catchers.isArray()) {
      return Optional.empty();
    }
    for (JsonNode catcher : catchers) {
      if (matches(catcher.path("ErrorEquals"), error)) {
        return Optional.of(catcher);
      }
    }
    return Optional.empty();
  }

  static boolean matches(JsonNode errorEquals, StatesError error) {
    if (EngineErrors.ABORTED.equals(error.error())) {
      return false;
    }
    for (JsonNode name : errorEquals) {
      if (ErrorNames.matches(name.asText(), error.error())) {
        return true;
      }
    }
    return false;
  }
}
