package io.drkit.workflows.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.event.ruler.Machine;

/**
 * An EventBridge rule as deployed: its event pattern, matched by event-ruler (EventBridge's own matcher), and its
 * input transformer. The files under {@code eventbridge/} are the ones Terraform deploys; {@code ${Name}}
 * placeholders in them are filled per region, here as there.
 */
public final class EventRule {

  private final String name;
  private final Machine machine = Machine.builder().build();
  private final InputTransformer transformer;

  private EventRule(String name, String pattern, InputTransformer transformer) {
    this.name = name;
    this.transformer = transformer;
    try {
      machine.addRule(name, pattern);
    } catch (IOException e) {
      throw new IllegalArgumentException("the event pattern of " + name + " is not valid: " + e.getMessage(), e);
    }
  }

  /** Loads {@code eventbridge/NAME.pattern.json}, {@code .input-paths.json} and {@code .input-template.json}. */
  public static EventRule load(String name, Map<String, String> placeholders) {
    String pattern = fill(resource(name + ".pattern.json"), placeholders);
    JsonNode paths = Json.parse(fill(resource(name + ".input-paths.json"), placeholders));
    String template = fill(resource(name + ".input-template.json"), placeholders);
    return new EventRule(name, pattern, new InputTransformer(paths, template));
  }

  public String name() {
    return name;
  }

  public boolean matches(JsonNode event) {
    try {
      return !machine.rulesForJSONEvent(Json.write(event)).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  /** The execution input the rule's target gets for this event. */
  public JsonNode transform(JsonNode event) {
    return transformer.apply(event);
  }

  static String resource(String file) {
    try (InputStream in = EventRule.class.getResourceAsStream("/eventbridge/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource eventbridge/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fill(String text, Map<String, String> placeholders) {
    String out = text;
    for (Map.Entry<String, String> e : placeholders.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    if (out.contains("${")) {
      throw new IllegalArgumentException("a placeholder is left unfilled in: " + out);
    }
    return out;
  }
}
