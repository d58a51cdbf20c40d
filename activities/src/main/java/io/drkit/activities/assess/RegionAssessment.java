package io.drkit.activities.assess;

import DR.TargetUnhealthy;
import io.drkit.activities.assess.AssessInput.Mode;
import io.drkit.activities.assess.OutsideView.OutsideVerdict;
import io.drkit.activities.control.ControlReplica;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.ProbeResult;
import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Assesses both regions before traffic moves, reading only the target region, the target's replica of the control
 * table and the outside view in ungraceful mode: the target must be healthy, then the failed region's heartbeat
 * (replicated into the target) and the outside checkers decide whether it is really gone:
 * <ul>
 *   <li>a fresh heartbeat whose own probes of its load balancer pass: the region serves; a false alarm;</li>
 *   <li>a fresh heartbeat reporting {@value #SELF_FAILURES_TO_ACT} or more failed self probes: the region runs but
 *       cannot serve (a throttled router, a gray failure); a real failure;</li>
 *   <li>a stale heartbeat while the outside checkers still find the region healthy: the regions cannot reach each
 *       other but the world reaches both, a partition; failing over would give two writers, so it is a false alarm;</li>
 *   <li>a stale heartbeat otherwise (the outside agrees, or cannot be asked): a real failure.</li>
 * </ul>
 * A fenced region is already failed over. Graceful mode, an operator's planned move, also probes the failed region
 * directly and skips the false-alarm verdict.
 */
public final class RegionAssessment {

  /** Failed self probes within a heartbeat's window that make a running region a failed one. */
  static final int SELF_FAILURES_TO_ACT = 2;

  private final ActivitySettings settings;
  private final ControlReplicas control;
  private final HealthProbe probe;
  private final OutsideView outside;
  private final Clock clock;

  public RegionAssessment(ActivitySettings settings, ControlReplicas control, HealthProbe probe, OutsideView outside,
      Clock clock) {
    this.settings = settings;
    this.control = control;
    this.probe = probe;
    this.outside = outside;
    this.clock = clock;
  }

  public Assessment assess(AssessInput input) {
    String failed = input.failedRegion();
    String target = input.targetRegion();
    settings.config(failed); // both must be this deployment's regions
    settings.config(target);
    boolean graceful = input.mode() == Mode.GRACEFUL;
    Checked targetCheck = checkTarget(target, input.acceptFenced());
    if (!targetCheck.healthy()) {
      throw new TargetUnhealthy("the target region " + target + " is not healthy: " + targetCheck.detail());
    }
    ControlReplica replica = control.in(target);
    FenceState fence = replica.fence(failed);
    Optional<Heartbeat> heartbeat = replica.latestHeartbeat(failed);
    Instant now = clock.instant();
    Optional<Long> ageMs = heartbeat.map(beat -> Math.max(0, Duration.between(beat.at(), now).toMillis()));
    boolean fresh = ageMs.filter(age -> age < input.staleAfterSeconds() * 1000).isPresent();
    boolean selfFailing = heartbeat.filter(beat -> beat.selfFailures() >= SELF_FAILURES_TO_ACT).isPresent();
    Integer failedHealthStatus = graceful
        ? settings.config(failed).healthUrl().flatMap(probe::get).map(ProbeResult::status).orElse(null) : null;
    Optional<OutsideVerdict> view = !graceful && !fresh && !fence.fenced() ? outside.of(failed) : Optional.empty();
    boolean partitioned = view.filter(OutsideVerdict::healthy).isPresent();
    boolean serving = fresh && !selfFailing;
    String verdict = graceful ? "planned" : fence.fenced() ? "already failed over"
        : serving ? "serving: heartbeat fresh, own probes pass"
        : partitioned ? "partition: the regions cannot reach each other, the outside checkers still reach " + failed
        : fresh ? "failing: running but its own probes fail" : "gone: heartbeat stale";
    return new Assessment(failed, target, targetCheck.check(), true, fence.fenced(), ageMs.orElse(null),
        heartbeat.map(Heartbeat::selfChecks).orElse(null), fresh, failedHealthStatus, view.orElse(null),
        partitioned, !graceful && !fence.fenced() && (serving || partitioned), fence.fenced(), verdict, now);
  }

  private record Checked(TargetCheck check, boolean healthy) {
    String detail() {
      return check.url() != null ? check.url() + " answered " + check.status() : "tables " + check.tables();
    }
  }

  /** With acceptFenced (a failback's check of the region it returns to), a fence is the only thing allowed wrong. */
  private Checked checkTarget(String target, boolean acceptFenced) {
    Optional<URI> url = settings.config(target).healthUrl();
    if (url.isPresent()) {
      Optional<ProbeResult> probed = probe.get(url.get());
      String status = probed.map(r -> Integer.toString(r.status())).orElse("no answer");
      boolean healthy = probed.filter(r -> r.healthy() || acceptFenced && r.fenced()).isPresent();
      return new Checked(new TargetCheck(url.get().toString(), status, null), healthy);
    }
    // no router URL configured: the target's tables answering is the best evidence available
    try {
      control.in(target).fence(target);
      return new Checked(new TargetCheck(null, null, "reachable"), true);
    } catch (RuntimeException e) {
      return new Checked(new TargetCheck(null, null, "unreachable: " + e.getMessage()), false);
    }
  }
}
