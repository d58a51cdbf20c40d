package io.drkit.harness.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deployed stack as {@code terraform output -json} describes it: the service name, each region's own endpoint,
 * traffic-router function, Route 53 health check and state machines, the tables, the name prefix. What the harness
 * needs to act on a real deployment. Regions come in the {@code regions} output's order: the primary first.
 */
public record StackOutputs(
    Optional<URI> serviceEndpoint,
    Map<String, URI> regionalEndpoints,
    Map<String, Map<String, String>> stateMachineArns,
    Map<String, String> routerFunctionNames,
    Map<String, String> healthCheckIds,
    Map<String, String> albDnsNames,
    String namePrefix,
    String itemTable,
    String controlTable,
    String hostedZoneId) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public List<String> regions() {
    return List.copyOf(regionalEndpoints.keySet());
  }

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
    Map<String, URI> given = new LinkedHashMap<>();
    value(outputs, "regional_endpoints", file).properties()
        .forEach(e -> given.put(e.getKey(), URI.create(e.getValue().asText())));
    // the primary first: map outputs come sorted by key, so the order is the regions output's
    Map<String, URI> endpoints = new LinkedHashMap<>();
    outputs.path("regions").path("value").forEach(r -> {
      if (given.containsKey(r.asText())) {
        endpoints.put(r.asText(), given.get(r.asText()));
      }
    });
    given.forEach(endpoints::putIfAbsent);
    if (endpoints.size() != 2) {
      throw new IllegalArgumentException(file + ": regional_endpoints names " + endpoints.size()
          + " regions; a deployment has two");
    }
    Map<String, Map<String, String>> machines = new LinkedHashMap<>();
    outputs.path("state_machine_arns").path("value").properties().forEach(region -> machines.put(region.getKey(),
        strings(region.getValue())));
    JsonNode tables = outputs.path("table_names").path("value");
    String service = outputs.path("service_endpoint").path("value").asText("");
    return new StackOutputs(service.isEmpty() ? Optional.empty() : Optional.of(URI.create(service)),
        java.util.Collections.unmodifiableMap(endpoints), Map.copyOf(machines),
        strings(outputs.path("router_function_names").path("value")),
        strings(outputs.path("health_check_ids").path("value")),
        albNames(outputs, List.copyOf(endpoints.keySet())),
        outputs.path("name_prefix").path("value").asText("dr"),
        tables.path("items").asText("dr-items"), tables.path("control").asText("dr-control"),
        outputs.path("hosted_zone_id").path("value").asText(""));
  }

  /** A value the drill needs, or a clear error naming the output that lacks it. */
  public String require(Map<String, String> values, String region, String output) {
    String value = values.get(region);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the stack outputs have no " + output + " for " + region
          + " (apply the current Terraform, then terraform output -json)");
    }
    return value;
  }

  /** The primary's and the secondary's load balancer names, by region: what the service name's CNAME answers. */
  private static Map<String, String> albNames(JsonNode outputs, List<String> regions) {
    Map<String, String> names = new LinkedHashMap<>();
    String primary = outputs.path("primary_alb_dns_name").path("value").asText("");
    String secondary = outputs.path("secondary_alb_dns_name").path("value").asText("");
    if (!primary.isEmpty()) {
      names.put(regions.get(0), primary);
    }
    if (!secondary.isEmpty()) {
      names.put(regions.get(1), secondary);
    }
    return java.util.Collections.unmodifiableMap(names);
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return java.util.Collections.unmodifiableMap(values);
  }

  private static JsonNode value(JsonNode outputs, String name, Path file) {
    JsonNode value = outputs.path(name).path("value");
    if (!value.isObject()) {
      throw new IllegalArgumentException(file + " has no output " + name + " (from terraform output -json)");
    }
    return value;
  }
}
