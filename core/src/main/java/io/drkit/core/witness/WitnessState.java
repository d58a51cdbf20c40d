package io.drkit.core.witness;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the witness holds for one deployment: the epoch (it only grows), the region allowed to act alone if one is,
 * and each region's lease version (each renewal bumps it; a version that stands still means nobody renewed).
 */
public record WitnessState(long epoch, Optional<String> solo, Map<String, Long> leases) {

  public WitnessState {
    Objects.requireNonNull(solo, "solo");
    leases = Map.copyOf(leases);
  }

  /** Epoch 1, both regions serving, no lease renewed yet. */
  public static WitnessState initial(Collection<String> regions) {
    Map<String, Long> versions = new LinkedHashMap<>();
    regions.forEach(region -> versions.put(region, 0L));
    return new WitnessState(1, Optional.empty(), versions);
  }

  /** Whether the region may act in this epoch: every region when none acts alone, else only the one that does. */
  public boolean admits(String region) {
    return solo.isEmpty() || solo.get().equals(region);
  }

  public long leaseVersion(String region) {
    return leases.getOrDefault(region, 0L);
  }

  WitnessState renewed(String region) {
    Map<String, Long> versions = new LinkedHashMap<>(leases);
    versions.merge(region, 1L, Long::sum);
    return new WitnessState(epoch, solo, versions);
  }

  WitnessState takenOverBy(String region) {
    return new WitnessState(epoch + 1, Optional.of(region), leases);
  }

  WitnessState rejoined() {
    return new WitnessState(epoch + 1, Optional.empty(), leases);
  }
}
