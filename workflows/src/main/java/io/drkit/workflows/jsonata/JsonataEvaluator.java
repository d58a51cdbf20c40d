package io.drkit.workflows.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates JSONata as Step Functions does: {@code {% expression %}} strings anywhere in a field's JSON,
 * {@code $states} bound to the state's input, context, result and error output, workflow variables bound by name,
 * and AWS's extra functions ({@link AwsFunctions}).
 */
public final class JsonataEvaluator {

  private static final Map<String, String> WRAPPED = new ConcurrentHashMap<>();

  private JsonataEvaluator() {}

  /** What an expression sees: {@code $states} and the variables in scope. */
  public record Bindings(ObjectNode states, Map<String, JsonNode> variables) {}

  public static boolean isExpression(JsonNode node) {
    return node != null && node.isTextual() && isExpression(node.textValue());
  }

  /** Exactly {@code {%...%}}: a string with anything around the delimiters is a plain string. */
  public static boolean isExpression(String text) {
    return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
  }

  public static String body(String text) {
    return text.substring(2, text.length() - 2).strip();
  }

  /**
   * Evaluates a field's template: every {@code {% %}} string is replaced by its value, everything else is copied.
   * An expression that yields nothing fails with States.QueryEvaluationError naming the field.
   */
  public static JsonNode evaluateField(JsonNode template, String field, Bindings bindings) {
    if (isExpression(template)) {
      String expression = body(template.textValue());
      return evaluate(expression, field, bindings).orElseThrow(() -> new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
          "The JSONata expression '" + expression + "' specified for the field '" + field
              + "' returned nothing (undefined)."));
    }
    if (template.isObject()) {
      ObjectNode out = Json.object();
      template.properties().forEach(e -> out.set(e.getKey(), evaluateField(e.getValue(), field + "/" + e.getKey(),
          bindings)));
      return out;
    }
    if (template.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      int i = 0;
      for (JsonNode element : template) {
        out.add(evaluateField(element, field + "[" + i++ + "]", bindings));
      }
      return out;
    }
    return template.deepCopy();
  }

  /** Evaluates one expression; empty when JSONata's result is undefined. */
  public static Optional<JsonNode> evaluate(String expression, Bindings bindings) {
    return evaluate(expression, null, bindings);
  }

  private static Optional<JsonNode> evaluate(String expression, String field, Bindings bindings) {
    // {"v": (expr)} drops the key when expr is undefined: the only way to tell undefined from null
    String wrapped = WRAPPED.computeIfAbsent(expression, e -> "{\"v\": (" + e + "\n)}");
    Object result;
    try {
      Jsonata compiled = Jsonata.jsonata(wrapped);
      Jsonata.Frame frame = compiled.createFrame();
      AwsFunctions.bindAll(frame);
      bindings.variables().forEach((name, value) -> frame.bind(name, JsonataValues.toJava(value)));
      frame.bind("states", JsonataValues.toJava(bindings.states()));
      result = compiled.evaluate(JsonataValues.toJava(bindings.states().get("input")), frame);
    } catch (StatesError e) {
      throw e;
    } catch (JException e) {
      throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
          "The JSONata expression '" + expression + "' could not be evaluated: " + e.getMessage());
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof StatesError ? e.getCause() : e;
      if (cause instanceof StatesError statesError) {
        throw statesError;
      }
      throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
          "The JSONata expression '" + expression + "' could not be evaluated: " + e.getMessage());
    }
    if (!(result instanceof Map<?, ?> map) || !map.containsKey("v")) {
      return Optional.empty();
    }
    Object value = map.get("v");
    if (JsonataValues.isFunction(value)) {
      throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '" + expression
          + (field == null ? "" : "' specified for the field '" + field) + "' returned an unsupported result type.");
    }
    return Optional.of(JsonataValues.toJson(value));
  }
}
