package io.drkit.workflows.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.intrinsics.IntrinsicParser;
import io.drkit.workflows.intrinsics.Intrinsics;
import java.util.Map;

/**
 * A JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign): a field whose name ends in
 * {@code .$} takes the value of its path or intrinsic function, without the suffix; everything else is copied.
 */
public final class PayloadTemplate {

  private PayloadTemplate() {}

  public static JsonNode evaluate(JsonNode template, Paths.Scope scope) {
    if (template.isObject()) {
      ObjectNode out = Json.object();
      for (Map.Entry<String, JsonNode> field : template.properties()) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (name.endsWith(".$") && value.isTextual()) {
          out.set(name.substring(0, name.length() - 2), resolve(name, value.textValue(), scope));
        } else {
          out.set(name, evaluate(value, scope));
        }
      }
      return out;
    }
    if (template.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      template.forEach(element -> out.add(evaluate(element, scope)));
      return out;
    }
    return template.deepCopy();
  }

  /** The value of one {@code name.$} field: a path, or an intrinsic function call. */
  public static JsonNode resolve(String field, String expression, Paths.Scope scope) {
    if (IntrinsicParser.isIntrinsic(expression)) {
      return Intrinsics.evaluate(expression, scope);
    }
    return Paths.find(expression, scope).orElseThrow(() -> new StatesError(ErrorNames.RUNTIME,
        "The JSONPath '" + expression + "' specified for the field '" + field + "' could not be found in the input '"
            + Json.write(expression.startsWith("$$") ? scope.context() : scope.input()) + "'"));
  }
}
