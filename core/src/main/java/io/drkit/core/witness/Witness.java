package io.drkit.core.witness;

/**
 * The witness of one deployment: a strongly consistent store whose state changes only by compare-and-set (a
 * single-region DynamoDB item with conditional writes, deployed; in memory, in tests). Every method throws
 * {@link WitnessUnreachableException} when the witness cannot be asked: the caller then knows nothing new.
 */
public interface Witness {

  WitnessState read();

  /** Bumps the region's lease version if the epoch is still {@code epoch} and admits the region. */
  Outcome renew(String region, long epoch);

  /**
   * Makes {@code by} the region that acts alone, in the next epoch, if the epoch is still {@code epoch} and the
   * other region's lease version is still {@code seenVersion} (it has not renewed since it was watched).
   */
  Outcome takeOver(String by, long epoch, String other, long seenVersion);

  /** Both regions serve again, in the next epoch (a failback), if the epoch is still {@code epoch}. */
  Outcome rejoin(long epoch);

  /** Whether the change was made, and the state after it (or the state that refused it). */
  record Outcome(boolean applied, WitnessState state) {}
}
