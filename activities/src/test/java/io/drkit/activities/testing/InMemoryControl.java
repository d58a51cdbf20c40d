package io.drkit.activities.testing;

import io.drkit.activities.control.ControlReplica;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The control table in memory, one replica per region and no replication: what one region writes, another sees
 * only when a test {@link #replicate(String, String) replicates} it. A region can be made unreachable.
 */
public final class InMemoryControl implements ControlReplicas {

  private final Map<String, Replica> replicas = new ConcurrentHashMap<>();
  private final Set<String> unreachable = ConcurrentHashMap.newKeySet();

  @Override
  public Replica in(String region) {
    if (unreachable.contains(region)) {
      throw new IllegalStateException("connection to " + region + " timed out");
    }
    return replicas.computeIfAbsent(region, r -> new Replica());
  }

  public InMemoryControl unreachable(String region) {
    unreachable.add(region);
    return this;
  }

  /** Copies every item of one replica into another, as replication would. */
  public void replicate(String from, String to) {
    Replica source = in(from);
    Replica target = in(to);
    target.fences.putAll(source.fences);
    target.heartbeats.putAll(source.heartbeats);
    target.markers.putAll(source.markers);
  }

  /** One region's replica. */
  public static final class Replica implements ControlReplica {
    private final Map<String, FenceState> fences = new ConcurrentHashMap<>();
    private final Map<String, Heartbeat> heartbeats = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> markers = new ConcurrentHashMap<>();

    @Override
    public FenceState fence(String region) {
      return fences.getOrDefault(region, FenceState.open(region));
    }

    @Override
    public void setFence(String region, boolean fenced, String reason, Instant at) {
      fences.put(region, new FenceState(region, fenced, Optional.of(reason), Optional.of(at)));
    }

    @Override
    public Optional<Heartbeat> latestHeartbeat(String region) {
      return Optional.ofNullable(heartbeats.get(region));
    }

    @Override
    public void writeHeartbeat(String region, Heartbeat heartbeat) {
      heartbeats.put(region, heartbeat);
    }

    @Override
    public void putMarker(String key, Map<String, String> fields, Optional<Instant> expiresAt) {
      Map<String, String> item = new HashMap<>(fields);
      expiresAt.ifPresent(at -> item.put("expiresAt", Long.toString(at.getEpochSecond())));
      markers.put(key, Map.copyOf(item));
    }

    @Override
    public Optional<Map<String, String>> marker(String key) {
      return Optional.ofNullable(markers.get(key));
    }

    public Map<String, Map<String, String>> markers() {
      return Map.copyOf(markers);
    }
  }
}
