package io.drkit.workflows.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.api.ExecutionDescription;

/** A case, what the engine did with it, and whether that matches the recording. */
public record CaseResult(ConformanceCase conformanceCase, ExecutionDescription actual, boolean passed, String problem) {

  /** The emitted line: {@code {"id","status","output","error","cause"}}. */
  public ObjectNode toJson() {
    ObjectNode line = actual == null ? io.drkit.workflows.internal.Json.object() : actual.summary();
    ObjectNode out = io.drkit.workflows.internal.Json.object();
    out.put("id", conformanceCase.id());
    out.setAll(line);
    if (actual == null) {
      out.put("status", "NOT_RUN");
      out.put("error", problem);
    }
    return out;
  }
}
