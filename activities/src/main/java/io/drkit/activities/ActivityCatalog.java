package io.drkit.activities;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.assess.AssessInput;
import io.drkit.activities.assess.Assessment;
import io.drkit.activities.assess.RegionAssessment;
import io.drkit.activities.consistency.BucketComparison;
import io.drkit.activities.consistency.CompareBucketsInput;
import io.drkit.activities.consistency.DiffDigestsInput;
import io.drkit.activities.consistency.DigestComparison;
import io.drkit.activities.consistency.DigestDiff;
import io.drkit.activities.consistency.DigestScan;
import io.drkit.activities.consistency.KeyDifferences;
import io.drkit.activities.consistency.KeyRecheck;
import io.drkit.activities.consistency.KeyRepair;
import io.drkit.activities.consistency.KeysInput;
import io.drkit.activities.consistency.RecheckResult;
import io.drkit.activities.consistency.RepairResult;
import io.drkit.activities.consistency.ScanDigestsInput;
import io.drkit.activities.consistency.SegmentDigests;
import io.drkit.activities.fence.FenceChange;
import io.drkit.activities.fence.FenceInput;
import io.drkit.activities.fence.Fencing;
import io.drkit.activities.health.HealthChecker;
import io.drkit.activities.health.HealthReport;
import io.drkit.activities.health.ScheduledEvent;
import io.drkit.activities.lock.AcquireLockInput;
import io.drkit.activities.lock.LockGrant;
import io.drkit.activities.lock.LockRelease;
import io.drkit.activities.lock.ReleaseLockInput;
import io.drkit.activities.lock.WorkflowLock;
import io.drkit.activities.metrics.FailoverFigures;
import io.drkit.activities.metrics.FailoverMetrics;
import io.drkit.activities.metrics.FailoverMetricsInput;
import io.drkit.activities.notify.Notification;
import io.drkit.activities.notify.Notifier;
import io.drkit.activities.notify.NotifyInput;
import io.drkit.activities.replication.DrainInput;
import io.drkit.activities.replication.Drained;
import io.drkit.activities.replication.ReplicationDrain;
import io.drkit.activities.rollback.AliasChange;
import io.drkit.activities.rollback.AliasRollback;
import io.drkit.activities.rollback.AliasRollbackInput;
import io.drkit.activities.rollback.RestoreRoutingInput;
import io.drkit.activities.rollback.RestoreTableInput;
import io.drkit.activities.rollback.RollbackSnapshot;
import io.drkit.activities.rollback.RollbackVerification;
import io.drkit.activities.rollback.RollbackVerified;
import io.drkit.activities.rollback.RoutingRestore;
import io.drkit.activities.rollback.RoutingRestored;
import io.drkit.activities.rollback.SnapshotInput;
import io.drkit.activities.rollback.Snapshots;
import io.drkit.activities.rollback.TableRestore;
import io.drkit.activities.rollback.TableRestored;
import io.drkit.activities.rollback.VerifyRollbackInput;
import io.drkit.activities.traffic.Shift;
import io.drkit.activities.traffic.ShiftInput;
import io.drkit.activities.traffic.TrafficShift;
import io.drkit.activities.traffic.TrafficVerified;
import io.drkit.activities.traffic.VerifyTrafficInput;
import io.drkit.activities.validate.InputValidation;
import io.drkit.activities.validate.ValidateInput;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every step by its function name: the name the Lambda function is deployed under, the {@code ${Name}}
 * placeholder in the state machines, and the handler registered with the local engine; each with its contract.
 */
public final class ActivityCatalog {

  public static final String VALIDATE_INPUT = "ValidateInput";
  public static final String ACQUIRE_LOCK = "AcquireLock";
  public static final String RELEASE_LOCK = "ReleaseLock";
  public static final String ASSESS_REGIONS = "AssessRegions";
  public static final String DRAIN_REPLICATION = "DrainReplication";
  public static final String FENCE_REGION = "FenceRegion";
  public static final String UNFENCE_REGION = "UnfenceRegion";
  public static final String SHIFT_TRAFFIC = "ShiftTraffic";
  public static final String VERIFY_TRAFFIC = "VerifyTraffic";
  public static final String RECORD_FAILOVER_METRICS = "RecordFailoverMetrics";
  public static final String NOTIFY = "Notify";
  public static final String SCAN_DIGESTS = "ScanDigests";
  public static final String DIFF_DIGESTS = "DiffDigests";
  public static final String COMPARE_BUCKETS = "CompareBuckets";
  public static final String RECHECK_KEYS = "RecheckKeys";
  public static final String REPAIR_KEYS = "RepairKeys";
  public static final String TAKE_SNAPSHOT = "TakeSnapshot";
  public static final String ROLLBACK_ALIAS = "RollbackAlias";
  public static final String RESTORE_TABLE = "RestoreTable";
  public static final String RESTORE_ROUTING = "RestoreRouting";
  public static final String VERIFY_ROLLBACK = "VerifyRollback";
  public static final String HEALTH_CHECK = "HealthCheck";

  /** Every step's name: the functions Terraform deploys, one each. */
  public static final List<String> NAMES = List.of(VALIDATE_INPUT, ACQUIRE_LOCK, RELEASE_LOCK, ASSESS_REGIONS,
      DRAIN_REPLICATION, FENCE_REGION, UNFENCE_REGION, SHIFT_TRAFFIC, VERIFY_TRAFFIC, RECORD_FAILOVER_METRICS, NOTIFY,
      SCAN_DIGESTS, DIFF_DIGESTS, COMPARE_BUCKETS, RECHECK_KEYS, REPAIR_KEYS, TAKE_SNAPSHOT, ROLLBACK_ALIAS,
      RESTORE_TABLE, RESTORE_ROUTING, VERIFY_ROLLBACK, HEALTH_CHECK);

  private final Map<String, Step<?, ?>> steps;

  private ActivityCatalog(Map<String, Step<?, ?>> steps) {
    this.steps = steps;
  }

  public static ActivityCatalog of(ActivityPorts ports) {
    var settings = ports.settings();
    var clock = ports.clock();
    WorkflowLock lock = new WorkflowLock(ports.locks(), clock);
    Fencing fencing = new Fencing(settings, ports.control(), clock);
    TrafficShift traffic = new TrafficShift(settings, ports.routing(), ports.probe());
    Snapshots snapshots = new Snapshots(settings, ports.backups(), ports.routing(), ports.alias(), ports.control(),
        clock);
    Builder all = new Builder();
    all.add(VALIDATE_INPUT, ValidateInput.class, JsonNode.class, new InputValidation(settings)::validate);
    all.add(ACQUIRE_LOCK, AcquireLockInput.class, LockGrant.class, lock::acquire);
    all.add(RELEASE_LOCK, ReleaseLockInput.class, LockRelease.class, lock::release);
    all.add(ASSESS_REGIONS, AssessInput.class, Assessment.class,
        new RegionAssessment(settings, ports.control(), ports.probe(), ports.outside(), clock)::assess);
    all.add(DRAIN_REPLICATION, DrainInput.class, Drained.class,
        new ReplicationDrain(ports.control(), clock, ports.timer())::drain);
    all.add(FENCE_REGION, FenceInput.class, FenceChange.class, fencing::fence);
    all.add(UNFENCE_REGION, FenceInput.class, FenceChange.class, fencing::unfence);
    all.add(SHIFT_TRAFFIC, ShiftInput.class, Shift.class, traffic::shift);
    all.add(VERIFY_TRAFFIC, VerifyTrafficInput.class, TrafficVerified.class, traffic::verify);
    all.add(RECORD_FAILOVER_METRICS, FailoverMetricsInput.class, FailoverFigures.class,
        new FailoverMetrics(ports.metrics(), clock)::record);
    all.add(NOTIFY, NotifyInput.class, Notification.class, new Notifier(settings, ports.topic())::notify);
    all.add(SCAN_DIGESTS, ScanDigestsInput.class, SegmentDigests.class,
        new DigestScan(settings, ports.items())::scan);
    all.add(DIFF_DIGESTS, DiffDigestsInput.class, DigestComparison.class, new DigestDiff()::diff);
    all.add(COMPARE_BUCKETS, CompareBucketsInput.class, KeyDifferences.class,
        new BucketComparison(ports.items())::compare);
    all.add(RECHECK_KEYS, KeysInput.class, RecheckResult.class, new KeyRecheck(ports.items(), ports.timer())::recheck);
    all.add(REPAIR_KEYS, KeysInput.class, RepairResult.class, new KeyRepair(ports.items())::repair);
    all.add(TAKE_SNAPSHOT, SnapshotInput.class, RollbackSnapshot.class, snapshots::take);
    all.add(ROLLBACK_ALIAS, AliasRollbackInput.class, AliasChange.class,
        new AliasRollback(settings, ports.alias(), ports.control(), clock)::rollBack);
    all.add(RESTORE_TABLE, RestoreTableInput.class, TableRestored.class, new TableRestore(ports.backups())::restore);
    all.add(RESTORE_ROUTING, RestoreRoutingInput.class, RoutingRestored.class,
        new RoutingRestore(ports.routing(), snapshots)::restore);
    all.add(VERIFY_ROLLBACK, VerifyRollbackInput.class, RollbackVerified.class,
        new RollbackVerification(ports.alias(), ports.backups(), ports.routing())::verify);
    HealthChecker checker = new HealthChecker(settings, ports.control(), ports.probe(), ports.metrics(), clock);
    all.add(HEALTH_CHECK, ScheduledEvent.class, HealthReport.class, event -> checker.check());
    if (!all.steps.keySet().equals(Set.copyOf(NAMES))) {
      throw new IllegalStateException("the catalog's steps " + all.steps.keySet() + " are not NAMES " + NAMES);
    }
    return new ActivityCatalog(Map.copyOf(all.steps));
  }

  /** The step of that name; an unknown name is a deployment mistake, said plainly. */
  public Step<?, ?> step(String name) {
    Step<?, ?> step = steps.get(name);
    if (step == null) {
      throw new IllegalArgumentException("no activity named " + name + "; one of " + new java.util.TreeSet<>(names()));
    }
    return step;
  }

  public Set<String> names() {
    return steps.keySet();
  }

  public Collection<Step<?, ?>> steps() {
    return steps.values();
  }

  private static final class Builder {
    private final Map<String, Step<?, ?>> steps = new LinkedHashMap<>();

    <I, O> void add(String name, Class<I> input, Class<O> output, Activity<I, O> activity) {
      if (steps.putIfAbsent(name, Step.of(name, input, output, activity)) != null) {
        throw new IllegalStateException("two steps are named " + name);
      }
    }
  }
}
