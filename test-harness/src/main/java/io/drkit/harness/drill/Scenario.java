package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.drill.load.LoadProfile;
import io.drkit.harness.serve.Defect;
import io.drkit.harness.serve.Degradation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drill's scenario file ({@code drills/NAME.json}): its load, a warm-up, the fault timeline (seconds after the
 * warm-up), how long it runs, the write mode it is meant for, and the budgets its findings must meet. A budget is a
 * maximum for a number, the value for a boolean, or an object giving either per client mode.
 */
public record Scenario(String name, String description, LoadProfile load, Duration warmup, List<Step> timeline,
    Duration duration, Map<String, JsonNode> budgets, WriteMode writeMode) {

  /**
   * One timeline entry: {@code action} on {@code region} ({@code primary}, {@code secondary}, or a name); a gray
   * failure also has {@code errorShare} and {@code addedLatencyMs}, a deploy its {@code defect}.
   */
  public record Step(Duration at, String action, String region, Degradation degradation, Defect defect) {}

  public static final List<String> NAMES = List.of("region-outage", "region-outage-replicated", "region-loss",
      "gray-failure", "replication-stall", "partition", "flapping-health", "bad-deploy");
  public static final Set<String> ACTIONS = Set.of("isolate", "kill", "gray", "stall", "partition", "flap", "deploy",
      "heal", "failback");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The same scenario with its times and time budgets ({@code *_ms}) multiplied by {@code factor}. */
  public Scenario scaled(double factor) {
    if (factor == 1.0) {
      return this;
    }
    List<Step> steps = timeline.stream()
        .map(s -> new Step(times(s.at(), factor), s.action(), s.region(), s.degradation(), s.defect())).toList();
    Map<String, JsonNode> scaledBudgets = new LinkedHashMap<>();
    budgets.forEach((name, budget) -> scaledBudgets.put(name, name.endsWith("_ms") ? times(budget, factor) : budget));
    return new Scenario(name, description, load, times(warmup, factor), steps, times(duration, factor),
        Map.copyOf(scaledBudgets), writeMode);
  }

  private static Duration times(Duration d, double factor) {
    return Duration.ofMillis(Math.round(d.toMillis() * factor));
  }

  private static JsonNode times(JsonNode budget, double factor) {
    if (budget.isNumber()) {
      return JSON.getNodeFactory().numberNode(Math.round(budget.asDouble() * factor));
    }
    if (budget.isObject()) {
      var scaled = JSON.createObjectNode();
      budget.properties().forEach(e -> scaled.set(e.getKey(), times(e.getValue(), factor)));
      return scaled;
    }
    return budget;
  }

  public static Scenario named(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no drill " + name + "; drills: " + String.join(", ", NAMES));
    }
    try (InputStream in = Scenario.class.getResourceAsStream("/drills/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the scenario file of " + name + " is missing from the build");
      }
      return parse(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("the scenario file of " + name + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  static Scenario parse(JsonNode json) {
    JsonNode load = json.path("load");
    LoadProfile profile = new LoadProfile(load.path("writers").asInt(1), load.path("updaters").asInt(0),
        load.path("readers").asInt(0), load.path("sharedKeys").asInt(0),
        Duration.ofMillis(load.path("pauseMs").asLong(25)), Duration.ofMillis(load.path("requestTimeoutMs")
            .asLong(1000)));
    List<Step> steps = new ArrayList<>();
    for (JsonNode step : json.path("timeline")) {
      String action = step.path("action").asText();
      if (!ACTIONS.contains(action)) {
        throw new IllegalArgumentException("unknown action " + action + " in the timeline; one of " + ACTIONS);
      }
      Degradation degradation = new Degradation(step.path("errorShare").asDouble(0),
          Duration.ofMillis(step.path("addedLatencyMs").asLong(0)));
      if (action.equals("gray") && !degradation.degraded()) {
        throw new IllegalArgumentException("a gray step needs errorShare or addedLatencyMs");
      }
      Defect defect = Defect.parse(step.path("defect").asText(action.equals("deploy") ? "fail-writes" : "none"));
      steps.add(new Step(Duration.ofMillis((long) (step.path("atSeconds").asDouble() * 1000)), action,
          step.path("region").asText("primary"), degradation, defect));
    }
    Map<String, JsonNode> budgets = new LinkedHashMap<>();
    json.path("budgets").properties().forEach(e -> budgets.put(e.getKey(), e.getValue()));
    return new Scenario(json.path("name").asText(), json.path("description").asText(), profile,
        Duration.ofMillis((long) (json.path("warmupSeconds").asDouble(3) * 1000)), List.copyOf(steps),
        Duration.ofMillis((long) (json.path("durationSeconds").asDouble(30) * 1000)), Map.copyOf(budgets),
        WriteMode.parse(json.path("writeMode").asText("async")));
  }
}
