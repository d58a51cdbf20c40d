package io.drkit.workflows.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonpath.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge's input transformer: named JSON paths into the event, and a template whose {@code <name>}
 * placeholders take their values: as JSON where the placeholder stands bare, as text inside a string.
 */
public final class InputTransformer {

  private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.-]+)>");

  private final JsonNode paths;
  private final String template;

  public InputTransformer(JsonNode paths, String template) {
    this.paths = paths;
    this.template = template;
  }

  public JsonNode apply(JsonNode event) {
    Map<String, JsonNode> values = new HashMap<>();
    paths.properties().forEach(e -> values.put(e.getKey(),
        Paths.select(e.getValue().asText(), event).orElse(Json.NODES.nullNode())));
    StringBuilder out = new StringBuilder();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int at = 0;
    while (matcher.find()) {
      out.append(template, at, matcher.start());
      JsonNode value = values.getOrDefault(matcher.group(1), Json.NODES.nullNode());
      boolean insideString = insideString(template, matcher.start());
      String text = insideString
          ? escaped(value.isTextual() ? value.textValue() : Json.write(value))
          : Json.write(value);
      out.append(text);
      at = matcher.end();
    }
    out.append(template.substring(at));
    return Json.parse(out.toString());
  }

  private static String escaped(String text) {
    String quoted = Json.write(Json.NODES.textNode(text));
    return quoted.substring(1, quoted.length() - 1);
  }

  /** Whether position {@code at} lies within a JSON string literal of the template. */
  private static boolean insideString(String text, int at) {
    boolean inside = false;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        inside = !inside;
      }
    }
    return inside;
  }
}
