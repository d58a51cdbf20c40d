package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One invocation of a Task state: the state, its Resource, the effective input, and the how-many-th invocation of
 * that state this is in the execution (counted from 0, retries included), which mocked responses are keyed by.
 */
public record TaskRequest(String stateName, String resource, JsonNode input, int invocation) {

  public TaskRequest {
    Objects.requireNonNull(stateName, "stateName");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(input, "input");
  }
}
