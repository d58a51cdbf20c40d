package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Answers Task states. A dispatcher either answers a request (the task's result, or a
 * {@link io.drkit.workflows.engine.StatesError} for a task failure) or declines it, so that dispatchers chain:
 * mocked responses first, then registered Java handlers.
 */
public interface TaskDispatcher {

  Optional<JsonNode> dispatch(TaskRequest request);

  /** This dispatcher, and {@code next} for what it declines. */
  default TaskDispatcher orElse(TaskDispatcher next) {
    return request -> dispatch(request).or(() -> next.dispatch(request));
  }

  static TaskDispatcher none() {
    return request -> Optional.empty();
  }
}
