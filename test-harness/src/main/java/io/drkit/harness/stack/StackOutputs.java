package io.drkit.harness.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deployed stack as {@code terraform output -json} describes it: each region's own endpoint, its state machines,
 * the hosted zone. What the harness needs to act on a real deployment.
 */
public record StackOutputs(Map<String, URI> regionalEndpoints, Map<String, Map<String, String>> stateMachineArns,
    String hostedZoneId) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static StackOutputs read(Path file) {
    JsonNode outputs;
    try {
      outputs = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the stack outputs " + file + ": " + e.getMessage(), e);
    }
    if (outputs == null || !outputs.isObject()) {
      throw new IllegalArgumentException(file + " is not the JSON of terraform output -json");
    }
    Map<String, URI> endpoints = new LinkedHashMap<>();
    value(outputs, "regional_endpoints", file).properties()
        .forEach(e -> endpoints.put(e.getKey(), URI.create(e.getValue().asText())));
    if (endpoints.size() != 2) {
      throw new IllegalArgumentException(file + ": regional_endpoints names " + endpoints.size()
          + " regions; a deployment has two");
    }
    Map<String, Map<String, String>> machines = new LinkedHashMap<>();
    outputs.path("state_machine_arns").path("value").properties().forEach(region -> {
      Map<String, String> arns = new LinkedHashMap<>();
      region.getValue().properties().forEach(w -> arns.put(w.getKey(), w.getValue().asText()));
      machines.put(region.getKey(), Map.copyOf(arns));
    });
    return new StackOutputs(Map.copyOf(endpoints), Map.copyOf(machines),
        outputs.path("hosted_zone_id").path("value").asText(""));
  }

  private static JsonNode value(JsonNode outputs, String name, Path file) {
    JsonNode value = outputs.path(name).path("value");
    if (!value.isObject()) {
      throw new IllegalArgumentException(file + " has no output " + name + " (from terraform output -json)");
    }
    return value;
  }
}
