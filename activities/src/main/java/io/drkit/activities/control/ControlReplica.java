package io.drkit.activities.control;

import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One region's replica of the control table, as the activities read and write it: fences, heartbeats, and small
 * markers (drain markers, routing snapshots, rollback records). Reads are strongly consistent within the replica;
 * what another region wrote arrives by replication.
 */
public interface ControlReplica {

  FenceState fence(String region);

  void setFence(String region, boolean fenced, String reason, Instant at);

  Optional<Heartbeat> latestHeartbeat(String region);

  void writeHeartbeat(String region, Heartbeat heartbeat);

  /** Writes a marker item (string fields), replacing one of the same key; expiring (DynamoDB TTL) if given. */
  void putMarker(String key, Map<String, String> fields, Optional<Instant> expiresAt);

  Optional<Map<String, String>> marker(String key);
}
