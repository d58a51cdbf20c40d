package io.drkit.router;

import io.drkit.core.replication.WriteMode;
import io.drkit.core.tables.TableNames;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything the traffic-router is configured with. On Lambda it comes from the function's environment, which
 * Terraform sets; the lab sets the same variables, plus the endpoints of its local regions.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><td>AWS_REGION</td><td>this region (set by Lambda)</td></tr>
 *   <tr><td>TABLE_NAME, CONTROL_TABLE_NAME</td><td>the two global tables (default dr-items, dr-control)</td></tr>
 *   <tr><td>PEER_REGION</td><td>the other region; needed by the replicated write mode</td></tr>
 *   <tr><td>WRITE_MODE</td><td>async (default) or replicated</td></tr>
 *   <tr><td>REPLICATION_TIMEOUT_MS</td><td>how long a replicated write waits for the peer (default 2000)</td></tr>
 *   <tr><td>HEALTH_TIMEOUT_MS</td><td>how long /health waits for the tables (default 1000)</td></tr>
 *   <tr><td>MAX_BODY_BYTES</td><td>largest accepted body (default 65536, at most 180000)</td></tr>
 *   <tr><td>DYNAMODB_ENDPOINT, PEER_DYNAMODB_ENDPOINT</td><td>endpoint overrides, for the local lab only</td></tr>
 * </table>
 */
@Value.Immutable
public abstract class RouterSettings {

  /** Keeps an item, and its idempotency record beside it, well under DynamoDB's 400 KB item limit. */
  static final int LARGEST_BODY_LIMIT = 180_000;

  public abstract String region();

  @Value.Default
  public TableNames tables() {
    return TableNames.DEFAULT;
  }

  public abstract Optional<String> peerRegion();

  @Value.Default
  public WriteMode writeMode() {
    return WriteMode.ASYNC;
  }

  @Value.Default
  public Duration replicationTimeout() {
    return Duration.ofSeconds(2);
  }

  @Value.Default
  public Duration healthTimeout() {
    return Duration.ofSeconds(1);
  }

  @Value.Default
  public int maxBodyBytes() {
    return 65_536;
  }

  public abstract Optional<URI> dynamoDbEndpoint();

  public abstract Optional<URI> peerDynamoDbEndpoint();

  public static ImmutableRouterSettings.Builder builder() {
    return ImmutableRouterSettings.builder();
  }

  @Value.Check
  protected void check() {
    if (writeMode() == WriteMode.REPLICATED && peerRegion().isEmpty()) {
      throw new IllegalArgumentException("WRITE_MODE=replicated needs PEER_REGION: the region that must confirm writes");
    }
    if (peerRegion().filter(region()::equals).isPresent()) {
      throw new IllegalArgumentException("PEER_REGION must differ from this region (" + region() + ")");
    }
    if (maxBodyBytes() < 1 || maxBodyBytes() > LARGEST_BODY_LIMIT) {
      throw new IllegalArgumentException("MAX_BODY_BYTES must be from 1 to " + LARGEST_BODY_LIMIT);
    }
    if (replicationTimeout().isNegative() || healthTimeout().isNegative() || healthTimeout().isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /** Reads the settings from environment variables; a missing or malformed one fails init with its name. */
  public static RouterSettings fromEnvironment(Map<String, String> env) {
    Function<String, Optional<String>> get = name -> Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    String region = get.apply("AWS_REGION")
        .orElseThrow(() -> new IllegalArgumentException("AWS_REGION is not set: which region is this?"));
    var builder = builder()
        .region(region)
        .tables(new TableNames(
            get.apply("TABLE_NAME").orElse(TableNames.DEFAULT.application()),
            get.apply("CONTROL_TABLE_NAME").orElse(TableNames.DEFAULT.control())))
        .peerRegion(get.apply("PEER_REGION"))
        .dynamoDbEndpoint(get.apply("DYNAMODB_ENDPOINT").map(v -> uri("DYNAMODB_ENDPOINT", v)))
        .peerDynamoDbEndpoint(get.apply("PEER_DYNAMODB_ENDPOINT").map(v -> uri("PEER_DYNAMODB_ENDPOINT", v)));
    get.apply("WRITE_MODE").map(WriteMode::parse).ifPresent(builder::writeMode);
    get.apply("REPLICATION_TIMEOUT_MS").map(v -> millis("REPLICATION_TIMEOUT_MS", v)).ifPresent(builder::replicationTimeout);
    get.apply("HEALTH_TIMEOUT_MS").map(v -> millis("HEALTH_TIMEOUT_MS", v)).ifPresent(builder::healthTimeout);
    get.apply("MAX_BODY_BYTES").map(v -> (int) number("MAX_BODY_BYTES", v)).ifPresent(builder::maxBodyBytes);
    return builder.build();
  }

  private static Duration millis(String name, String value) {
    return Duration.ofMillis(number(name, value));
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
    }
  }

  private static URI uri(String name, String value) {
    try {
      return URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a URI: '" + value + "'", e);
    }
  }
}
