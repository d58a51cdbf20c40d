package io.drkit.core.control;

/**
 * Keys of the control table. One table holds several kinds of record, told apart by a prefix, so that a single
 * global table replicates all of the control plane's state between the regions.
 */
public final class ControlKeys {

  private ControlKeys() {}

  public static String fence(String region) {
    return "fence#" + region;
  }

  public static String heartbeat(String region) {
    return "heartbeat#" + region;
  }

  public static String idempotency(String key) {
    return "idempotency#" + key;
  }

  public static String lock(String name) {
    return "lock#" + name;
  }
}
