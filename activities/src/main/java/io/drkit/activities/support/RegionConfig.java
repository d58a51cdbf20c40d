package io.drkit.activities.support;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the activities know of one region: its AWS endpoint override (the lab), the URL of its traffic-router's
 * /health, and its SNS topic.
 */
public record RegionConfig(String name, Optional<URI> awsEndpoint, Optional<URI> healthUrl, Optional<String> topicArn) {

  public RegionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(awsEndpoint, "awsEndpoint");
    Objects.requireNonNull(healthUrl, "healthUrl");
    Objects.requireNonNull(topicArn, "topicArn");
  }
}
