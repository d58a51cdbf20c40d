package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonpath.Paths;
import io.drkit.workflows.jsonpath.PayloadTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A state's input and output processing in either query language.
 *
 * <p>JSONPath: InputPath, then Parameters, then the work, then ResultSelector and Assign (both on the raw result),
 * ResultPath into the raw input, OutputPath. JSONata: Arguments, the work, then Assign and Output, both evaluated before any
 * new variable is set.
 */
public final class InputOutput {

  private InputOutput() {}

  /** The outcome of a state: its output, and the variables it assigns. */
  public record Outcome(JsonNode output, Map<String, JsonNode> assignments) {}

  /**
   * Runs a state that has a result (Pass, Task, Map, Parallel). {@code work} maps the effective input (after
   * InputPath and Parameters, or Arguments) to the result.
   */
  public static Outcome process(StateCall call, Function<JsonNode, JsonNode> work) {
    return process(call, work, true);
  }

  /**
   * As {@link #process(StateCall, Function)}; {@code applyParameters} false leaves a Map's legacy Parameters (its
   * per-item selector) to the Map.
   */
  public static Outcome process(StateCall call, Function<JsonNode, JsonNode> work, boolean applyParameters) {
    if (call.isJsonata()) {
      JsonNode arguments = call.has("Arguments")
          ? call.jsonata("Arguments", Optional.empty(), Optional.empty())
          : call.input();
      JsonNode result = work.apply(arguments);
      Map<String, JsonNode> assignments = jsonataAssign(call, Optional.of(result), Optional.empty());
      JsonNode output = call.has("Output") ? call.jsonata("Output", Optional.of(result), Optional.empty()) : result;
      return new Outcome(output, assignments);
    }
    JsonNode effective = inputPath(call);
    JsonNode parameters = applyParameters && call.has("Parameters")
        ? PayloadTemplate.evaluate(call.field("Parameters"), call.scope(effective))
        : effective;
    JsonNode rawResult = work.apply(parameters);
    // Assign sees the result as the work returned it, alongside ResultSelector
    Map<String, JsonNode> assignments = jsonPathAssign(call, call.field("Assign"), rawResult);
    JsonNode result = call.has("ResultSelector")
        ? PayloadTemplate.evaluate(call.field("ResultSelector"), call.scope(rawResult))
        : rawResult;
    JsonNode output = resultPath(call, call.input(), result, call.field("ResultPath"));
    return new Outcome(outputPath(call, output), assignments);
  }

  /** Runs a state without a result (Choice, Wait, Succeed): its input, filtered, is its output. */
  public static Outcome passThrough(StateCall call, JsonNode assignTemplate) {
    if (call.isJsonata()) {
      Map<String, JsonNode> assignments = assignTemplate == null ? Map.of()
          : evaluateJsonataAssign(call, assignTemplate, Optional.empty(), Optional.empty());
      JsonNode output = call.has("Output") ? call.jsonata("Output", Optional.empty(), Optional.empty()) : call.input();
      return new Outcome(output, assignments);
    }
    JsonNode effective = inputPath(call);
    Map<String, JsonNode> assignments = jsonPathAssign(call, assignTemplate, effective);
    return new Outcome(outputPath(call, effective), assignments);
  }

  /** The output of a Catcher: the error output placed by its ResultPath, or its JSONata Output. */
  public static Outcome caught(StateCall call, JsonNode catcher, StatesError error) {
    ObjectNode errorOutput = Json.object();
    errorOutput.put("Error", error.error());
    errorOutput.put("Cause", error.cause() == null ? "" : error.cause()); // AWS shows a missing cause as ""
    if (call.isJsonata()) {
      Map<String, JsonNode> assignments = catcher.has("Assign")
          ? evaluateJsonataAssign(call, catcher.get("Assign"), Optional.empty(), Optional.of(errorOutput))
          : Map.of();
      JsonNode output = catcher.has("Output")
          ? io.drkit.workflows.jsonata.JsonataEvaluator.evaluateField(catcher.get("Output"), "Output",
              call.bindings(Optional.empty(), Optional.of(errorOutput)))
          : errorOutput;
      return new Outcome(output, assignments);
    }
    Map<String, JsonNode> assignments = jsonPathAssign(call, catcher.get("Assign"), errorOutput);
    return new Outcome(resultPath(call, call.input(), errorOutput, catcher.get("ResultPath")), assignments);
  }

  static JsonNode inputPath(StateCall call) {
    if (!call.has("InputPath")) {
      return call.input();
    }
    JsonNode path = call.field("InputPath");
    if (path.isNull()) {
      return Json.object();
    }
    return select(call, path.asText(), call.input());
  }

  static JsonNode outputPath(StateCall call, JsonNode output) {
    if (!call.has("OutputPath")) {
      return output;
    }
    JsonNode path = call.field("OutputPath");
    if (path.isNull()) {
      return Json.object();
    }
    return select(call, path.asText(), output);
  }

  /** A path that must select something: else AWS's "Invalid path" runtime error. */
  static JsonNode select(StateCall call, String path, JsonNode document) {
    return Paths.require(path, call.scope(document));
  }

  static JsonNode resultPath(StateCall call, JsonNode rawInput, JsonNode result, JsonNode resultPath) {
    if (resultPath == null) {
      return result;
    }
    if (resultPath.isNull()) {
      return rawInput;
    }
    return Paths.merge(rawInput, resultPath.asText(), result);
  }

  private static Map<String, JsonNode> jsonataAssign(StateCall call, Optional<JsonNode> result,
      Optional<JsonNode> errorOutput) {
    return call.has("Assign") ? evaluateJsonataAssign(call, call.field("Assign"), result, errorOutput) : Map.of();
  }

  private static Map<String, JsonNode> evaluateJsonataAssign(StateCall call, JsonNode assign,
      Optional<JsonNode> result, Optional<JsonNode> errorOutput) {
    JsonNode values = io.drkit.workflows.jsonata.JsonataEvaluator.evaluateField(assign, "Assign",
        call.bindings(result, errorOutput));
    return toMap(values);
  }

  private static Map<String, JsonNode> jsonPathAssign(StateCall call, JsonNode assign, JsonNode document) {
    if (assign == null || assign.isNull()) {
      return Map.of();
    }
    return toMap(PayloadTemplate.evaluate(assign, call.scope(document)));
  }

  private static Map<String, JsonNode> toMap(JsonNode values) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    values.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  /** {@code $.a.b} as the JSONPath library prints it: {@code $['a']['b']}. */
  static String bracketed(String path) {
    if (!path.startsWith("$.")) {
      return path;
    }
    StringBuilder out = new StringBuilder("$");
    for (String part : path.substring(2).split("\\.")) {
      out.append("['").append(part).append("']");
    }
    return out.toString();
  }
}
