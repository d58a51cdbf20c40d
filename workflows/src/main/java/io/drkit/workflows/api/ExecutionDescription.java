package io.drkit.workflows.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import java.time.Instant;
import java.util.Optional;

/** What DescribeExecution tells: status, and the output or the error and cause. */
public record ExecutionDescription(String executionArn, String stateMachineArn, String name, ExecutionStatus status,
    JsonNode input, Optional<JsonNode> output, Optional<String> error, Optional<String> cause, Instant startDate,
    Optional<Instant> stopDate) {

  public boolean isDone() {
    return status != ExecutionStatus.RUNNING;
  }

  /** {@code {"status", "output"}} or {@code {"status", "error", "cause"}}, as {@code ./dr asl run} prints it. */
  public ObjectNode summary() {
    ObjectNode json = Json.object();
    json.put("status", status.name());
    if (status == ExecutionStatus.SUCCEEDED) {
      json.set("output", output.orElse(Json.NODES.nullNode()));
    } else if (status != ExecutionStatus.RUNNING) {
      if (error.isPresent()) {
        json.put("error", error.get());
      } else {
        json.putNull("error");
      }
      if (cause.isPresent()) {
        json.put("cause", cause.get());
      } else {
        json.putNull("cause");
      }
    }
    return json;
  }
}
