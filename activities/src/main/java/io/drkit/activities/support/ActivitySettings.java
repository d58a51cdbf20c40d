package io.drkit.activities.support;

import io.drkit.core.tables.TableNames;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

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
 * and STEP, which names the function's step, is read by the Lambda entry ({@code lambda.LambdaEnvironment}).
 */
@Value.Immutable
public abstract class ActivitySettings {

  /** The region the activities run in. */
  public abstract String region();

  @Value.Default
  public TableNames tables() {
    return TableNames.DEFAULT;
  }

  /** This deployment's regions, in the order given (primary first). */
  public abstract Map<String, RegionConfig> regions();

  public abstract Optional<URI> serviceUrl();

  public abstract Optional<String> hostedZoneId();

  public abstract Optional<String> recordName();

  public abstract Optional<URI> route53Endpoint();

  @Value.Default
  public String routerFunction() {
    return "dr-traffic-router";
  }

  @Value.Default
  public String routerAlias() {
    return "live";
  }

  @Value.Check
  protected void check() {
    if (!regions().containsKey(region())) {
      throw new IllegalArgumentException("REGIONS must include this region, " + region());
    }
  }

  public static ImmutableActivitySettings.Builder builder() {
    return ImmutableActivitySettings.builder();
  }

  /** One region's configuration; a region not of this deployment is refused as {@code DR.InvalidInput}. */
  public RegionConfig config(String regionName) {
    RegionConfig config = regions().get(regionName);
    if (config == null) {
      throw new DR.InvalidInput("'" + regionName + "' is not one of this deployment's regions " + regions().keySet());
    }
    return config;
  }

  /** The other regions, the ones this region watches. */
  public List<String> peers() {
    return regions().keySet().stream().filter(name -> !name.equals(region())).toList();
  }

  public static ActivitySettings fromEnvironment(Map<String, String> env) {
    ImmutableActivitySettings.Builder settings = builder().region(required(env, "AWS_REGION"));
    for (String listed : required(env, "REGIONS").split(",")) {
      String name = listed.strip();
      String key = name.toUpperCase(Locale.ROOT).replace('-', '_');
      settings.putRegions(name, new RegionConfig(name,
          optional(env, "AWS_ENDPOINT_" + key).map(URI::create),
          optional(env, "HEALTH_URL_" + key).map(URI::create),
          optional(env, "TOPIC_ARN_" + key)));
    }
    settings.tables(new TableNames(optional(env, "TABLE_NAME").orElse(TableNames.DEFAULT.application()),
        optional(env, "CONTROL_TABLE_NAME").orElse(TableNames.DEFAULT.control())));
    optional(env, "SERVICE_URL").map(URI::create).ifPresent(settings::serviceUrl);
    optional(env, "HOSTED_ZONE_ID").ifPresent(settings::hostedZoneId);
    optional(env, "RECORD_NAME").ifPresent(settings::recordName);
    optional(env, "ROUTE53_ENDPOINT").map(URI::create).ifPresent(settings::route53Endpoint);
    optional(env, "ROUTER_FUNCTION").ifPresent(settings::routerFunction);
    optional(env, "ROUTER_ALIAS").ifPresent(settings::routerAlias);
    return settings.build();
  }

  private static String required(Map<String, String> env, String name) {
    return optional(env, name).orElseThrow(() -> new IllegalArgumentException(name + " is not set"));
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
