package io.drkit.router.replication;

import java.util.Optional;

/** Reads what the peer region's replica holds for an item (the port; the DynamoDB adapter is internal). */
public interface PeerReader {

  /** The version the peer serves; a failure to reach the peer is thrown as any runtime exception. */
  Optional<PeerVersion> find(String id);

  /**
   * Whether this region has fenced the peer (a failover moved its traffic here): a fenced peer is out of the
   * deployment, and writes are no longer confirmed with it.
   */
  default boolean fencedHere() {
    return false;
  }

  /** The identity of one write: its version and when it was made. */
  record PeerVersion(long version, String updatedAt) {}
}
