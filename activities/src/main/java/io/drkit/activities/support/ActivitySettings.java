package io.drkit.activities.support;

import io.drkit.core.tables.TableNames;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The activities' configuration. On Lambda it comes from the environment Terraform sets:
 * <ul>
 *   <li>AWS_REGION: the region the activity runs in (the recovery region, for a failover)</li>
 *   <li>REGIONS: both regions, comma-separated</li>
 *   <li>TABLE_NAME, CONTROL_TABLE_NAME: the global tables (default dr-items, dr-control)</li>
 *   <li>HEALTH_URL_&lt;REGION&gt;: each region's traffic-router /health URL, e.g. HEALTH_URL_AP_SOUTH_1</li>
 *   <li>TOPIC_ARN_&lt;REGION&gt;: each region's SNS topic</li>
 *   <li>SERVICE_URL: the public name clients use (Route 53), to verify where they land</li>
 *   <li>HOSTED_ZONE_ID, RECORD_NAME: the failover records, for the record-swap traffic shift and rollback</li>
 *   <li>ROUTER_FUNCTION, ROUTER_ALIAS: the traffic-router function and its live alias, for rollback</li>
 *   <li>AWS_ENDPOINT_&lt;REGION&gt;, ROUTE53_ENDPOINT: endpoint overrides, for the local lab only</li>
 * </ul>
 */
public record ActivitySettings(
    String region,
    TableNames tables,
    Map<String, RegionConfig> regions,
    Optional<URI> serviceUrl,
    Optional<String> hostedZoneId,
    Optional<String> recordName,
    Optional<URI> route53Endpoint,
    String routerFunction,
    String routerAlias) {

  public ActivitySettings {
    Objects.requireNonNull(region, "region");
    regions = Map.copyOf(regions);
    if (!regions.containsKey(region)) {
      throw new IllegalArgumentException("REGIONS must include this region, " + region);
    }
  }

  public RegionConfig config(String regionName) {
    RegionConfig config = regions.get(regionName);
    if (config == null) {
      throw new DR.InvalidInput("'" + regionName + "' is not one of this deployment's regions " + regions.keySet());
    }
    return config;
  }

  public static ActivitySettings fromEnvironment(Map<String, String> env) {
    String region = required(env, "AWS_REGION");
    Map<String, RegionConfig> regions = new LinkedHashMap<>();
    for (String name : required(env, "REGIONS").split(",")) {
      String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      regions.put(name.strip(), new RegionConfig(name.strip(),
          optional(env, "AWS_ENDPOINT_" + key).map(URI::create),
          optional(env, "HEALTH_URL_" + key).map(URI::create),
          optional(env, "TOPIC_ARN_" + key)));
    }
    return new ActivitySettings(region,
        new TableNames(optional(env, "TABLE_NAME").orElse(TableNames.DEFAULT.application()),
            optional(env, "CONTROL_TABLE_NAME").orElse(TableNames.DEFAULT.control())),
        regions,
        optional(env, "SERVICE_URL").map(URI::create),
        optional(env, "HOSTED_ZONE_ID"),
        optional(env, "RECORD_NAME"),
        optional(env, "ROUTE53_ENDPOINT").map(URI::create),
        optional(env, "ROUTER_FUNCTION").orElse("dr-traffic-router"),
        optional(env, "ROUTER_ALIAS").orElse("live"));
  }

  private static String required(Map<String, String> env, String name) {
    return optional(env, name).orElseThrow(() -> new IllegalArgumentException(name + " is not set"));
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
