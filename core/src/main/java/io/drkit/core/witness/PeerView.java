package io.drkit.core.witness;

/**
 * What a region tells its peer of the witness, read by the peer over the path between them: the epoch it knows,
 * whether that epoch admits the peer, and whether it intends to take over (then it vouches for nobody).
 */
public record PeerView(long epoch, boolean admitsPeer, boolean takeoverIntended) {

  /** Whether this view lets the reader act: same epoch, admitted, and no takeover under way. */
  public boolean vouchesFor(long readerEpoch) {
    return epoch == readerEpoch && admitsPeer && !takeoverIntended;
  }
}
