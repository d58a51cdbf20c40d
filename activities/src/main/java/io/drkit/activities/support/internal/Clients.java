package io.drkit.activities.support.internal;

import io.drkit.activities.support.ActivitySettings;

import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.control.ControlTable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * SDK clients per region, built once and on first use: a failover in ungraceful mode never builds a client for the
 * failed region, so it cannot wait on it. The AWS adapters of the activities' ports share one of these.
 */
public final class Clients implements AutoCloseable {

  private final ActivitySettings settings;
  /** Scans of whole tables: pages may take long on a large table, and nothing waits on them but the validation. */
  private static final Duration BULK_CALL = Duration.ofMinutes(2);
  private static final Duration BULK_ATTEMPT = Duration.ofMinutes(1);

  private final Map<String, DynamoDbClient> dynamoDb = new ConcurrentHashMap<>();
  private final Map<String, DynamoDbClient> bulkDynamoDb = new ConcurrentHashMap<>();
  private final Map<String, SnsClient> sns = new ConcurrentHashMap<>();
  private final Map<String, LambdaClient> lambda = new ConcurrentHashMap<>();
  private volatile Route53Client route53;
  private volatile boolean closed;

  public Clients(ActivitySettings settings) {
    this.settings = settings;
  }

  public ActivitySettings settings() {
    return settings;
  }

  public DynamoDbClient dynamoDb(String region) {
    return dynamoDb.computeIfAbsent(region, r -> aws(r).dynamoDb());
  }

  /** A client for table scans, with timeouts long enough for a full page of a large table. */
  public DynamoDbClient bulkDynamoDb(String region) {
    return bulkDynamoDb.computeIfAbsent(region, r -> aws(r).withTimeouts(BULK_CALL, BULK_ATTEMPT).dynamoDb());
  }

  public ControlTable control(String region) {
    return new ControlTable(dynamoDb(region), settings.tables().control());
  }

  public SnsClient sns(String region) {
    return sns.computeIfAbsent(region, r -> aws(r).build(SnsClient.builder()));
  }

  public LambdaClient lambda(String region) {
    return lambda.computeIfAbsent(region, r -> aws(r).build(LambdaClient.builder()));
  }

  /** Route 53 is global; in the lab its API is served by one of the regions' endpoints. */
  public Route53Client route53() {
    if (route53 == null) {
      if (closed) {
        throw new IllegalStateException("the clients are closed");
      }
      synchronized (this) {
        if (route53 == null) {
          AwsClientSettings global = AwsClientSettings.of("us-east-1", settings.route53Endpoint()
              .or(() -> settings.config(settings.region()).awsEndpoint()));
          route53 = global.build(Route53Client.builder().region(Region.AWS_GLOBAL));
        }
      }
    }
    return route53;
  }

  private AwsClientSettings aws(String region) {
    if (closed) {
      throw new IllegalStateException("the clients are closed");
    }
    return AwsClientSettings.of(region, settings.config(region).awsEndpoint());
  }

  @Override
  public void close() {
    closed = true;
    dynamoDb.values().forEach(DynamoDbClient::close);
    bulkDynamoDb.values().forEach(DynamoDbClient::close);
    sns.values().forEach(SnsClient::close);
    lambda.values().forEach(LambdaClient::close);
    if (route53 != null) {
      route53.close();
    }
  }
}
