package io.drkit.harness.lab.dns;

/**
 * One Route 53 health check's verdict, following Route 53's rules: it starts healthy; it turns unhealthy after
 * {@code failureThreshold} consecutive failed checks and healthy again after as many consecutive good ones; an
 * inverted check reports the opposite; a disabled check is always healthy.
 */
public final class HealthCheckState {

  private int failureThreshold;
  private boolean inverted;
  private boolean disabled;
  private boolean passing = true;
  private int streak;

  public HealthCheckState(int failureThreshold, boolean inverted, boolean disabled) {
    reconfigure(failureThreshold, inverted, disabled);
  }

  /**
   * Applies an UpdateHealthCheck; the checks seen so far still count, as they do in Route 53. Returns whether the
   * verdict changed (inverting or disabling a check changes it at once).
   */
  public synchronized boolean reconfigure(int failureThreshold, boolean inverted, boolean disabled) {
    if (failureThreshold < 1) {
      throw new IllegalArgumentException("failureThreshold must be at least 1");
    }
    boolean before = healthy();
    this.failureThreshold = failureThreshold;
    this.inverted = inverted;
    this.disabled = disabled;
    return before != healthy();
  }

  /** Records one check; returns whether the verdict changed. */
  public synchronized boolean record(boolean checkPassed) {
    if (checkPassed == passing) {
      streak = 0;
      return false;
    }
    streak++;
    if (streak >= failureThreshold) {
      passing = checkPassed;
      streak = 0;
      return !disabled;
    }
    return false;
  }

  /** What Route 53 uses for DNS answers. */
  public synchronized boolean healthy() {
    if (disabled) {
      return true;
    }
    return inverted != passing;
  }
}
