package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow variables. Each Map iteration and Parallel branch gets a child scope: it reads the variables of the
 * scopes around it, and what it assigns stays inside it.
 */
public final class Variables {

  private final Variables parent;
  private final Map<String, JsonNode> values = new HashMap<>();

  private Variables(Variables parent) {
    this.parent = parent;
  }

  public static Variables root() {
    return new Variables(null);
  }

  public Variables child() {
    return new Variables(this);
  }

  public synchronized Optional<JsonNode> get(String name) {
    JsonNode value = values.get(name);
    if (value != null) {
      return Optional.of(value);
    }
    return parent == null ? Optional.empty() : parent.get(name);
  }

  public synchronized void assignAll(Map<String, JsonNode> assignments) {
    values.putAll(assignments);
  }

  /** Every variable visible here, inner scopes shadowing outer ones. */
  public synchronized Map<String, JsonNode> visible() {
    Map<String, JsonNode> all = parent == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parent.visible());
    all.putAll(values);
    return all;
  }
}
