package io.drkit.activities.assess;

import java.util.List;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;

/**
 * Route 53's rule for a health check's checkers: an endpoint is healthy when more than 18 % of them report it so;
 * each report reads "Success: HTTP Status Code 200, OK" or "Failure: ...".
 */
public final class Route53Checkers {

  /** Route 53's documented share: an endpoint is healthy when more than this share of checkers say so. */
  public static final double HEALTHY_SHARE = 0.18;

  private Route53Checkers() {}

  public static boolean reportsHealthy(HealthCheckObservation observation) {
    return observation.statusReport() != null && observation.statusReport().status() != null
        && observation.statusReport().status().startsWith("Success");
  }

  public static boolean healthy(int checkers, long reportingHealthy) {
    return checkers > 0 && reportingHealthy > HEALTHY_SHARE * checkers;
  }

  public static boolean healthy(List<HealthCheckObservation> observations) {
    return healthy(observations.size(), observations.stream().filter(Route53Checkers::reportsHealthy).count());
  }
}
