package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed state machine, or a Map/Parallel branch inside one: where it starts, its states (as their JSON), and the
 * query language its states default to.
 */
public record StateMachine(String startAt, Map<String, ObjectNode> states, QueryLanguage language,
    Optional<Long> timeoutSeconds) {

  public static StateMachine parse(JsonNode definition) {
    return parse(definition, QueryLanguage.JSONPATH);
  }

  /** Parses a machine or branch; {@code inherited} is the language of the machine around a branch. */
  public static StateMachine parse(JsonNode definition, QueryLanguage inherited) {
    if (definition == null || !definition.isObject()) {
      throw new IllegalArgumentException("a state machine definition is a JSON object");
    }
    QueryLanguage language = QueryLanguage.of(text(definition, "QueryLanguage"), inherited);
    String startAt = text(definition, "StartAt");
    JsonNode states = definition.get("States");
    if (startAt == null || states == null || !states.isObject()) {
      throw new IllegalArgumentException("a state machine needs StartAt and States");
    }
    Map<String, ObjectNode> byName = new LinkedHashMap<>();
    states.properties().forEach(e -> {
      if (!e.getValue().isObject()) {
        throw new IllegalArgumentException("state " + e.getKey() + " is not a JSON object");
      }
      byName.put(e.getKey(), (ObjectNode) e.getValue());
    });
    if (!byName.containsKey(startAt)) {
      throw new IllegalArgumentException("StartAt names the state '" + startAt + "', which does not exist");
    }
    Optional<Long> timeout = Optional.ofNullable(definition.get("TimeoutSeconds"))
        .filter(JsonNode::canConvertToLong).map(JsonNode::longValue);
    return new StateMachine(startAt, Map.copyOf(byName), language, timeout);
  }

  public ObjectNode state(String name) {
    ObjectNode state = states.get(name);
    if (state == null) {
      throw StatesError.runtime("The state '" + name + "' does not exist");
    }
    return state;
  }

  /** The language a state is evaluated in. */
  public QueryLanguage languageOf(ObjectNode state) {
    return QueryLanguage.of(text(state, "QueryLanguage"), language);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }
}
