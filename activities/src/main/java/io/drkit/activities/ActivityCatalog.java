package io.drkit.activities;

import io.drkit.activities.assess.RegionAssessment;
import io.drkit.activities.consistency.ConsistencyCheck;
import io.drkit.activities.fence.Fencing;
import io.drkit.activities.health.HealthChecker;
import io.drkit.activities.lock.WorkflowLock;
import io.drkit.activities.metrics.FailoverMetrics;
import io.drkit.activities.notify.Notifier;
import io.drkit.activities.replication.ReplicationDrain;
import io.drkit.activities.rollback.Rollback;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.EmbeddedMetrics;
import io.drkit.activities.support.HttpProbe;
import io.drkit.activities.traffic.TrafficShift;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every activity by its function name: the name the Lambda function is deployed under, the {@code ${Name}}
 * placeholder in the state machines, and the handler registered with the local engine.
 */
public final class ActivityCatalog {

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

  /** How long a probe of a region's /health may take: a dead region must not slow the failover down. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private ActivityCatalog() {}

  public static Map<String, Activity> create(Clients clients, Clock clock, PrintStream metricsOutput) {
    HttpProbe probe = new HttpProbe(PROBE_TIMEOUT);
    EmbeddedMetrics metrics = new EmbeddedMetrics(metricsOutput, clock);
    WorkflowLock lock = new WorkflowLock(clients, clock);
    Fencing fencing = new Fencing(clients, clock);
    TrafficShift traffic = new TrafficShift(clients, probe);
    ConsistencyCheck consistency = new ConsistencyCheck(clients);
    Rollback rollback = new Rollback(clients, clock);
    Map<String, Activity> all = new LinkedHashMap<>();
    all.put(ACQUIRE_LOCK, lock::acquire);
    all.put(RELEASE_LOCK, lock::release);
    all.put(ASSESS_REGIONS, new RegionAssessment(clients, probe, clock)::assess);
    all.put(DRAIN_REPLICATION, new ReplicationDrain(clients, clock)::drain);
    all.put(FENCE_REGION, fencing::fence);
    all.put(UNFENCE_REGION, fencing::unfence);
    all.put(SHIFT_TRAFFIC, traffic::shift);
    all.put(VERIFY_TRAFFIC, traffic::verify);
    all.put(RECORD_FAILOVER_METRICS, new FailoverMetrics(metrics, clock)::record);
    all.put(NOTIFY, new Notifier(clients)::notify);
    all.put(SCAN_DIGESTS, consistency::scanDigests);
    all.put(DIFF_DIGESTS, consistency::diffDigests);
    all.put(COMPARE_BUCKETS, consistency::compareBuckets);
    all.put(RECHECK_KEYS, consistency::recheck);
    all.put(REPAIR_KEYS, consistency::repair);
    all.put(TAKE_SNAPSHOT, rollback::snapshot);
    all.put(ROLLBACK_ALIAS, rollback::rollbackAlias);
    all.put(RESTORE_TABLE, rollback::restoreTable);
    all.put(RESTORE_ROUTING, rollback::restoreRouting);
    all.put(VERIFY_ROLLBACK, rollback::verify);
    all.put(HEALTH_CHECK, new HealthChecker(clients, probe, metrics, clock)::check);
    return Map.copyOf(all);
  }
}
