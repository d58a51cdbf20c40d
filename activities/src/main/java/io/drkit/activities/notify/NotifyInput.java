package io.drkit.activities.notify;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.contract.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input of Notify: the workflow and its outcome, and whatever else the state passes (regions, execution, metrics,
 * the error): all of it goes into the message as it came.
 */
public record NotifyInput(String workflow, String outcome, @JsonAnySetter Map<String, JsonNode> details) {

  public NotifyInput {
    Require.text("workflow", workflow);
    Require.text("outcome", outcome);
    details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  @Override
  @JsonAnyGetter
  public Map<String, JsonNode> details() {
    return details;
  }
}
