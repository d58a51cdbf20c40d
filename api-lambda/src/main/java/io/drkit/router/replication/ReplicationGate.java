package io.drkit.router.replication;

import io.drkit.router.items.Item;

/**
 * Decides when a write may be acknowledged. In {@code async} mode at once (RPO is the replication lag); in
 * {@code replicated} mode only once the peer region serves the write, else the client gets 503
 * {@code replication_unconfirmed}: an acknowledged write then survives the loss of either region.
 */
public interface ReplicationGate {

  /** Acknowledges at once. */
  ReplicationGate ASYNC = new ReplicationGate() {
    @Override
    public void confirmWritten(Item item) {}

    @Override
    public void confirmDeleted(String id) {}
  };

  /** Returns once the peer serves this version of the item (or a newer one), or throws a 503. */
  void confirmWritten(Item item);

  /** Returns once the peer no longer serves the item, or throws a 503. */
  void confirmDeleted(String id);
}
