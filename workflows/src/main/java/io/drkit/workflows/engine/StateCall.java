package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import java.time.Instant;
import java.util.Optional;

/** One entry into a state: its definition, its raw input, the variables in scope and the context object. */
public final class StateCall {

  private final String name;
  private final ObjectNode state;
  private final QueryLanguage language;
  private final JsonNode input;
  private final Variables variables;
  private final ExecutionInfo execution;
  private final Instant enteredTime;
  private final long enteredEventId;
  private final Optional<ObjectNode> mapItem;
  private int retryCount;

  StateCall(String name, ObjectNode state, QueryLanguage language, JsonNode input, Variables variables,
      ExecutionInfo execution, Instant enteredTime, long enteredEventId, Optional<ObjectNode> mapItem) {
    this.name = name;
    this.state = state;
    this.language = language;
    this.input = input;
    this.variables = variables;
    this.execution = execution;
    this.enteredTime = enteredTime;
    this.enteredEventId = enteredEventId;
    this.mapItem = mapItem;
  }

  public String name() {
    return name;
  }

  public ObjectNode state() {
    return state;
  }

  public String type() {
    return state.path("Type").asText();
  }

  public QueryLanguage language() {
    return language;
  }

  public boolean isJsonata() {
    return language == QueryLanguage.JSONATA;
  }

  public JsonNode input() {
    return input;
  }

  public Variables variables() {
    return variables;
  }

  public long enteredEventId() {
    return enteredEventId;
  }

  public ExecutionInfo execution() {
    return execution;
  }

  public JsonNode field(String field) {
    return state.get(field);
  }

  public boolean has(String field) {
    return state.has(field);
  }

  void retried() {
    retryCount++;
  }

  /** The context object ({@code $$} in JSONPath, {@code $states.context} in JSONata). */
  public ObjectNode context() {
    return context(mapItem);
  }

  /** The context object with a Map item: what ItemSelector sees. */
  public ObjectNode context(Optional<ObjectNode> item) {
    ObjectNode context = Json.object();
    ObjectNode executionNode = context.putObject("Execution");
    executionNode.put("Id", execution.executionArn());
    executionNode.set("Input", execution.input());
    executionNode.put("StartTime", execution.startTime().toString());
    executionNode.put("Name", execution.executionName());
    executionNode.put("RoleArn", execution.roleArn());
    executionNode.put("RedriveCount", 0);
    ObjectNode stateNode = context.putObject("State");
    stateNode.put("EnteredTime", enteredTime.toString());
    stateNode.put("Name", name);
    if (state.has("Retry")) {
      stateNode.put("RetryCount", retryCount);
    }
    ObjectNode machine = context.putObject("StateMachine");
    machine.put("Id", execution.stateMachineArn());
    machine.put("Name", execution.stateMachineName());
    item.ifPresent(i -> context.putObject("Map").set("Item", i));
    return context;
  }

  /** A JSONPath scope over a document, with this call's context and variables. */
  public Paths.Scope scope(JsonNode document) {
    return scope(document, context());
  }

  public Paths.Scope scope(JsonNode document, ObjectNode context) {
    return new Paths.Scope() {
      @Override
      public JsonNode input() {
        return document;
      }

      @Override
      public JsonNode context() {
        return context;
      }

      @Override
      public Optional<JsonNode> variable(String variable) {
        return variables.get(variable);
      }
    };
  }

  /** JSONata bindings: {@code $states} with input, context and, when given, result and error output. */
  public JsonataEvaluator.Bindings bindings(Optional<JsonNode> result, Optional<JsonNode> errorOutput) {
    return bindings(result, errorOutput, context());
  }

  public JsonataEvaluator.Bindings bindings(Optional<JsonNode> result, Optional<JsonNode> errorOutput,
      ObjectNode context) {
    ObjectNode states = Json.object();
    states.set("input", input);
    states.set("context", context);
    result.ifPresent(r -> states.set("result", r));
    errorOutput.ifPresent(e -> states.set("errorOutput", e));
    return new JsonataEvaluator.Bindings(states, variables.visible());
  }

  /** Evaluates a JSONata field template of this state. */
  public JsonNode jsonata(String field, Optional<JsonNode> result, Optional<JsonNode> errorOutput) {
    return JsonataEvaluator.evaluateField(state.get(field), field, bindings(result, errorOutput));
  }
}
