package io.drkit.activities.support;

import java.util.Map;

/**
 * Where the activities' CloudWatch metrics go. Deployed, as embedded-metric log lines: no CloudWatch API call on the
 * failover path, nothing to wait on in a failing region.
 */
@FunctionalInterface
public interface Metrics {

  String NAMESPACE = "DRKit";

  /** Publishes values (metric name to value) with their units under the given dimensions. */
  void publish(Map<String, String> dimensions, Map<String, Double> values, Map<String, String> units);
}
