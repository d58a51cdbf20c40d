package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.history.History;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonata.JsonataEvaluator;
import io.drkit.workflows.jsonpath.Paths;
import io.drkit.workflows.jsonpath.PayloadTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Map: runs the item processor once per item (items from ItemsPath or Items; each reshaped by ItemSelector, or
 * the legacy Parameters; optionally batched by ItemBatcher) and collects the outputs in item order. A failed
 * iteration fails the Map, unless ToleratedFailureCount/Percentage allow it.
 */
final class MapStep {

  private static final int INLINE_CONCURRENCY_CAP = 40;

  private final Interpreter interpreter;
  private final StateMachine machine;
  private final StateCall call;

  MapStep(Interpreter interpreter, StateMachine machine, StateCall call) {
    this.interpreter = interpreter;
    this.machine = machine;
    this.call = call;
  }

  InputOutput.Outcome run() {
    return InputOutput.process(call, this::iterate, false);
  }

  private JsonNode iterate(JsonNode effectiveInput) {
    ArrayNode items = items(effectiveInput);
    MapLimits limits = MapLimits.of(call, effectiveInput);
    List<JsonNode> inputs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      inputs.add(select(effectiveInput, i, items.get(i)));
    }
    inputs = Batches.of(call, inputs);
    JsonNode processor = call.has("ItemProcessor") ? call.field("ItemProcessor") : call.field("Iterator");
    StateMachine branch = StateMachine.parse(processor, machine.language());
    History history = interpreter.history();
    history.add(history.lastId(), "MapStateStarted", "mapStateStartedEventDetails",
        History.details("length", inputs.size()));
    List<Iteration> results = runAll(branch, inputs, limits.maxConcurrency());
    ArrayNode outputs = Json.NODES.arrayNode();
    int failures = 0;
    StatesError firstFailure = null;
    for (Iteration iteration : results) {
      if (iteration.error() != null) {
        failures++;
        firstFailure = firstFailure == null ? iteration.error() : firstFailure;
        ObjectNode errorOutput = Json.object();
        errorOutput.put("Error", iteration.error().error());
        errorOutput.put("Cause", iteration.error().cause());
        outputs.add(errorOutput);
      } else {
        outputs.add(iteration.output());
      }
    }
    if (firstFailure != null && limits.exceeded(failures, inputs.size(), distributed())) {
      history.add(history.lastId(), "MapStateFailed", null, null);
      if (limits.hasTolerance() || distributed()) {
        throw new StatesError(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
            "The specified tolerance threshold was exceeded");
      }
      throw firstFailure;
    }
    history.add(history.lastId(), "MapStateSucceeded", null, null);
    return outputs;
  }

  private boolean distributed() {
    JsonNode processor = call.has("ItemProcessor") ? call.field("ItemProcessor") : call.field("Iterator");
    return "DISTRIBUTED".equals(processor.path("ProcessorConfig").path("Mode").asText());
  }

  private ArrayNode items(JsonNode effectiveInput) {
    if (call.isJsonata()) {
      if (!call.has("Items")) {
        return requireArray(effectiveInput, "The Map state's input must be an array");
      }
      JsonNode template = call.field("Items");
      JsonNode value = JsonataEvaluator.evaluateField(template, "Items",
          call.bindings(Optional.empty(), Optional.empty()));
      if (!value.isArray()) {
        String expression = JsonataEvaluator.isExpression(template)
            ? JsonataEvaluator.body(template.textValue()) : Json.write(template);
        throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '" + expression
            + "' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '"
            + typeName(value) + "' for value: " + Json.write(value));
      }
      return (ArrayNode) value;
    }
    String path = call.has("ItemsPath") ? call.field("ItemsPath").asText() : "$";
    JsonNode value = Paths.find(path, call.scope(effectiveInput)).orElseThrow(() -> StatesError.runtime(
        "Invalid path '" + path + "' : No results for path: " + InputOutput.bracketed(path)));
    return requireArray(value, "The ItemsPath '" + path + "' did not select an array: " + Json.write(value));
  }

  private static ArrayNode requireArray(JsonNode value, String message) {
    if (!value.isArray()) {
      throw StatesError.runtime(message);
    }
    return (ArrayNode) value;
  }

  private JsonNode select(JsonNode effectiveInput, int index, JsonNode item) {
    ObjectNode mapItem = Json.object();
    mapItem.put("Index", index);
    mapItem.set("Value", item);
    ObjectNode context = call.context(Optional.of(mapItem));
    JsonNode selector = call.has("ItemSelector") ? call.field("ItemSelector")
        : !call.isJsonata() && call.has("Parameters") ? call.field("Parameters") : null;
    if (selector == null) {
      return item;
    }
    if (call.isJsonata()) {
      return JsonataEvaluator.evaluateField(selector, "ItemSelector",
          call.bindings(Optional.empty(), Optional.empty(), context));
    }
    return PayloadTemplate.evaluate(selector, call.scope(effectiveInput, context));
  }

  /** One iteration's outcome. */
  private record Iteration(JsonNode output, StatesError error) {}

  private List<Iteration> runAll(StateMachine branch, List<JsonNode> inputs, int maxConcurrency) {
    List<java.util.concurrent.Callable<Iteration>> iterations = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      iterations.add(() -> runOne(branch, index, inputs.get(index)));
    }
    int limit = maxConcurrency == 0 ? INLINE_CONCURRENCY_CAP : maxConcurrency;
    return Branches.run(iterations, limit, interpreter.clock().isReal());
  }

  private Iteration runOne(StateMachine branch, int index, JsonNode input) {
    History history = interpreter.history();
    long started = history.add(history.lastId(), "MapIterationStarted", "mapIterationStartedEventDetails",
        History.details("index", index, "name", call.name()));
    try {
      JsonNode output = interpreter.run(branch, input, call.variables().child(), started).output();
      history.add(history.lastId(), "MapIterationSucceeded", "mapIterationSucceededEventDetails",
          History.details("index", index, "name", call.name()));
      return new Iteration(output, null);
    } catch (StatesError error) {
      if (EngineErrors.ABORTED.equals(error.error())) {
        throw error;
      }
      history.add(history.lastId(), "MapIterationFailed", "mapIterationFailedEventDetails",
          History.details("index", index, "name", call.name()));
      return new Iteration(null, error);
    }
  }

  static String typeName(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      default -> "null";
    };
  }
}
