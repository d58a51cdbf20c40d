package io.drkit.harness.drill.load;

/**
 * How a client finds the service: {@code dns} resolves the service name through the lab's DNS and keeps the answer
 * for its TTL, like a JVM; {@code failover-aware} also knows both regional endpoints and moves to the other after an
 * error, like an SDK with a regional fallback.
 */
public enum ClientMode {
  DNS("dns"),
  FAILOVER_AWARE("failover-aware");

  private final String label;

  ClientMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ClientMode of(String label) {
    for (ClientMode mode : values()) {
      if (mode.label.equalsIgnoreCase(label)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("no client mode " + label + "; dns or failover-aware");
  }
}
