package io.drkit.harness.lab;

import static io.drkit.harness.lab.Lab.REGIONS;
import static io.drkit.harness.lab.Lab.peer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.tables.TableNames;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.serve.Defect;
import io.drkit.harness.serve.Degradation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the lab can be made to suffer, one fault per region at a time: each is recorded as a {@code fault} event and,
 * unless it cannot be undone, healed by {@link #heal}.
 */
final class LabFaults {

  private final LabAssembly parts;
  private final LabEvents events;
  /** Per region, the kind of its fault; a partition is recorded in both. */
  private final Map<String, String> faults = new LinkedHashMap<>();

  LabFaults(LabAssembly parts, LabEvents events) {
    this.parts = parts;
    this.events = events;
  }

  /** Clients cannot reach the region, nor can replication, either way; its data stays. */
  synchronized void isolate(String region) {
    startFault(region, "isolate", LabEvents.detail());
    parts.pair().router(region).isolate();
    parts.pair().replicators().forEach(StreamReplicator::pause);
  }

  /** Replication out of and into the region stops; clients still reach both regions. */
  synchronized void stall(String region) {
    startFault(region, "stall", LabEvents.detail());
    parts.pair().replicators().forEach(StreamReplicator::pause);
  }

  /**
   * The region is gone with its data: its load balancer stops answering and its AWS endpoint is shut down. What it
   * had not yet replicated is lost for good (recorded as {@code unreplicated}). A killed region does not come back.
   */
  synchronized void kill(String region) {
    startFault(region, "kill", LabEvents.detail());
    RegionPair pair = parts.pair();
    pair.replicators().forEach(StreamReplicator::pause);
    pair.router(region).isolate();
    // the lab's own account of the loss: everything the region wrote and had not replicated when it died
    try {
      pair.replicator(region, TableNames.DEFAULT.application()).awaitReadToEnd(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    recordUnreplicated(region);
    pair.replicators().forEach(StreamReplicator::close); // a pair with one region left replicates nothing
    parts.lose(region);
  }

  /** A gray failure: a share of the region's requests fail and each takes longer; replication is untouched. */
  synchronized void gray(String region, Degradation degradation) {
    if (!degradation.degraded()) {
      throw new IllegalArgumentException("a gray failure needs an error share or added latency");
    }
    startFault(region, "gray", LabEvents.detail().put("error_share", degradation.errorShare())
        .put("added_latency_ms", degradation.addedLatency().toMillis()));
    parts.pair().router(region).degrade(degradation);
  }

  /**
   * A bad release goes live in the region: a new version of the traffic-router with the defect is published and the
   * live alias moved to it, as a deployment would. The router-errors alarm and the Rollback workflow undo it.
   */
  synchronized String deploy(String region, Defect defect) {
    checkRegion(region);
    if (killed(region)) {
      throw new IllegalStateException(region + " was killed");
    }
    events.record("fault", LabEvents.detail().put("kind", "deploy").put("region", region)
        .put("defect", defect.label()));
    return parts.releases().deploy(region, defect); // its "release" event tells the version
  }

  /** Route 53 is told, through its API, to report the region's health check inverted: a healthy region looks down. */
  synchronized void flap(String region) {
    startFault(region, "flap", LabEvents.detail());
    parts.route53().invert(region, true);
  }

  /**
   * The regions cannot reach each other (their routers and activities time out across, replication stops both
   * ways) while clients and Route 53 still reach both. Healed by healing either region.
   */
  synchronized void partition() {
    REGIONS.forEach(this::checkNoFault);
    REGIONS.forEach(r -> faults.put(r, "partition"));
    events.record("fault", betweenBothRegions("partition"));
    parts.pair().partition();
  }

  /** Undoes the region's fault: it answers again and what waited to cross replicates. */
  synchronized void heal(String region) {
    checkRegion(region);
    String kind = faults.get(region);
    if (kind == null) {
      throw new IllegalStateException(region + " has no fault to heal");
    }
    if (kind.equals("kill")) {
      throw new IllegalStateException(region + " was killed and does not come back; bring the lab down and up");
    }
    switch (kind) {
      case "partition" -> {
        REGIONS.forEach(this::recordUnreplicated);
        REGIONS.forEach(faults::remove);
        parts.pair().reconnect();
        events.record("heal", betweenBothRegions(kind));
        return;
      }
      case "gray" -> parts.pair().router(region).degrade(Degradation.NONE);
      case "flap" -> parts.route53().invert(region, false);
      default -> {
        recordUnreplicated(region);
        parts.pair().router(region).reopen();
        parts.pair().replicators().forEach(StreamReplicator::resume);
      }
    }
    faults.remove(region);
    events.record("heal", LabEvents.detail().put("kind", kind).put("region", region));
  }

  /** The kind of the region's fault, if it has one. */
  synchronized Optional<String> fault(String region) {
    return Optional.ofNullable(faults.get(region));
  }

  /** Whether the region was killed: its data is gone and it does not answer. */
  synchronized boolean killed(String region) {
    return "kill".equals(faults.get(region));
  }

  private void startFault(String region, String kind, ObjectNode detail) {
    checkRegion(region);
    checkNoFault(region);
    faults.put(region, kind);
    events.record("fault", detail.put("kind", kind).put("region", region));
  }

  private void checkNoFault(String region) {
    if (faults.containsKey(region)) {
      throw new IllegalStateException(region + " already has a fault (" + faults.get(region) + "); heal it first");
    }
  }

  private static ObjectNode betweenBothRegions(String kind) {
    var detail = LabEvents.detail().put("kind", kind);
    REGIONS.forEach(detail.putArray("between")::add);
    return detail;
  }

  /** What the region has written that has not reached the other: lost if the region is, late otherwise. */
  private void recordUnreplicated(String region) {
    var unreplicated = LabEvents.detail().put("from", region).put("to", peer(region));
    var keys = unreplicated.putArray("keys");
    parts.pair().replicator(region, TableNames.DEFAULT.application()).pendingKeys().forEach(keys::add);
    events.record("unreplicated", unreplicated);
  }

  private static void checkRegion(String region) {
    if (!REGIONS.contains(region)) {
      throw new IllegalArgumentException("the lab has no region " + region + "; " + REGIONS);
    }
  }
}
