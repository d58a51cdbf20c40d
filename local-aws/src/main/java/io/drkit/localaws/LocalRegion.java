package io.drkit.localaws;

import io.drkit.core.aws.AwsClientSettings;
import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A region name bound to the local endpoint that serves its AWS APIs. */
public record LocalRegion(String name, URI endpoint) {

  public LocalRegion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  public AwsClientSettings clientSettings() {
    return AwsClientSettings.forLocalEndpoint(name, endpoint);
  }

  public DynamoDbClient dynamoDb() {
    return clientSettings().dynamoDb();
  }
}
