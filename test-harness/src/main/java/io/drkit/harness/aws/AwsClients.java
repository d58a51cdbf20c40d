package io.drkit.harness.aws;

import io.drkit.core.aws.AwsClientSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The SDK clients a drill against a deployment uses, one per region and service, made on first use: default
 * credentials and real regions, or local endpoints per region (the tests run them against local AWS).
 */
public final class AwsClients implements AutoCloseable {

  private final Map<String, URI> endpoints;
  private final Optional<URI> route53Endpoint;
  private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();
  private volatile Route53Client route53;

  /** @param endpoints local endpoints by region; empty for AWS */
  public AwsClients(Map<String, URI> endpoints, Optional<URI> route53Endpoint) {
    this.endpoints = Map.copyOf(endpoints);
    this.route53Endpoint = route53Endpoint;
  }

  public static AwsClients forAws() {
    return new AwsClients(Map.of(), Optional.empty());
  }

  private AwsClientSettings settings(String region) {
    return AwsClientSettings.of(region, Optional.ofNullable(endpoints.get(region)));
  }

  @SuppressWarnings("unchecked")
  private <T extends SdkClient> T client(String key, String region, Function<AwsClientSettings, T> make) {
    return (T) clients.computeIfAbsent(key + "@" + region, k -> make.apply(settings(region)));
  }

  public DynamoDbClient dynamoDb(String region) {
    return client("dynamodb", region, AwsClientSettings::dynamoDb);
  }

  public LambdaClient lambda(String region) {
    return client("lambda", region, s -> s.build(LambdaClient.builder()));
  }

  public SfnClient sfn(String region) {
    return client("sfn", region, s -> s.build(SfnClient.builder()));
  }

  /** Route 53 is global: its API answers in us-east-1. */
  public Route53Client route53() {
    if (route53 == null) {
      synchronized (this) {
        if (route53 == null) {
          route53 = AwsClientSettings.of("us-east-1", route53Endpoint)
              .build(Route53Client.builder().region(Region.AWS_GLOBAL));
        }
      }
    }
    return route53;
  }

  @Override
  public void close() {
    List<SdkClient> all = new ArrayList<>(clients.values());
    if (route53 != null) {
      all.add(route53);
    }
    all.forEach(SdkClient::close);
  }
}
