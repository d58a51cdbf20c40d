package io.drkit.harness.serve;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a bad release of the traffic-router gets wrong, carried in its version's environment
 * ({@link #ENVIRONMENT_VARIABLE}): its invocations fail (the load balancer answers 502, Lambda counts an error).
 */
public enum Defect {
  NONE,
  /** Every write fails; reads and /health still answer, so health checks see nothing wrong. */
  FAIL_WRITES,
  /** Every request fails. */
  FAIL_ALL;

  public static final String ENVIRONMENT_VARIABLE = "DRKIT_INJECTED_DEFECT";

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Defect parse(String label) {
    return Arrays.stream(values()).filter(d -> d.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no defect " + label + "; fail-writes or fail-all"));
  }

  boolean fails(String httpMethod) {
    return switch (this) {
      case NONE -> false;
      case FAIL_ALL -> true;
      case FAIL_WRITES -> !httpMethod.equals("GET") && !httpMethod.equals("HEAD");
    };
  }
}
