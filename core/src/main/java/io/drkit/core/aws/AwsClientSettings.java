package io.drkit.core.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where and how to reach one region's AWS APIs: the region, an optional endpoint override (the local lab),
 * and the timeouts that keep a dead region from hanging a caller.
 *
 * <p>Every client is built on the url-connection HTTP client: it starts fast, which is what a Lambda cold start
 * and a SnapStart restore want.
 */
public record AwsClientSettings(
    Region region, Optional<URI> endpoint, Duration apiCallTimeout, Duration attemptTimeout, boolean localCredentials) {

  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

  public AwsClientSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
    Objects.requireNonNull(attemptTimeout, "attemptTimeout");
  }

  /** A real AWS region, credentials from the default chain. */
  public static AwsClientSettings forRegion(String region) {
    return new AwsClientSettings(Region.of(region), Optional.empty(), DEFAULT_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT, false);
  }

  /** A local endpoint standing in for a region: dummy credentials, since nothing checks them. */
  public static AwsClientSettings forLocalEndpoint(String region, URI endpoint) {
    return new AwsClientSettings(
        Region.of(region), Optional.of(endpoint), DEFAULT_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT, true);
  }

  /** {@link #forLocalEndpoint} when an endpoint is given, else {@link #forRegion}. */
  public static AwsClientSettings of(String region, Optional<URI> endpoint) {
    return endpoint.map(uri -> forLocalEndpoint(region, uri)).orElseGet(() -> forRegion(region));
  }

  public AwsClientSettings withTimeouts(Duration apiCall, Duration attempt) {
    return new AwsClientSettings(region, endpoint, apiCall, attempt, localCredentials);
  }

  public DynamoDbClient dynamoDb() {
    return build(DynamoDbClient.builder());
  }

  /** Builds any service's synchronous client with these settings, e.g. {@code build(SfnClient.builder())}. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder) {
    builder.region(region)
        .credentialsProvider(credentials())
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(attemptTimeout)
            .socketTimeout(attemptTimeout))
        .overrideConfiguration(overrides());
    endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  public ClientOverrideConfiguration overrides() {
    return ClientOverrideConfiguration.builder()
        .apiCallTimeout(apiCallTimeout)
        .apiCallAttemptTimeout(attemptTimeout)
        .build();
  }

  public AwsCredentialsProvider credentials() {
    return localCredentials
        ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
        : DefaultCredentialsProvider.builder().build();
  }
}
