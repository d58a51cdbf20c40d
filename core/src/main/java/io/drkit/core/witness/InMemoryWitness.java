package io.drkit.core.witness;

import java.util.Collection;

/** A witness in memory: every change a compare-and-set under one lock, as the conditional write is deployed. */
public final class InMemoryWitness implements Witness {

  private WitnessState state;

  public InMemoryWitness(Collection<String> regions) {
    this.state = WitnessState.initial(regions);
  }

  @Override
  public synchronized WitnessState read() {
    return state;
  }

  @Override
  public synchronized Outcome renew(String region, long epoch) {
    if (state.epoch() != epoch || !state.admits(region)) {
      return new Outcome(false, state);
    }
    state = state.renewed(region);
    return new Outcome(true, state);
  }

  @Override
  public synchronized Outcome takeOver(String by, long epoch, String other, long seenVersion) {
    if (state.epoch() != epoch || state.leaseVersion(other) != seenVersion || !state.admits(by)) {
      return new Outcome(false, state);
    }
    state = state.takenOverBy(by);
    return new Outcome(true, state);
  }

  @Override
  public synchronized Outcome rejoin(long epoch) {
    if (state.epoch() != epoch) {
      return new Outcome(false, state);
    }
    state = state.rejoined();
    return new Outcome(true, state);
  }
}
