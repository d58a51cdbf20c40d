package io.drkit.activities.consistency;

import io.drkit.core.replication.LastWriterWins;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * RepairKeys: each key that still differs gets the winning copy (last writer wins) on the losing side; an item
 * missing on one side is copied there. Every write is conditional on the loser being as it was read.
 */
public final class KeyRepair {

  private final ItemReplicas items;

  public KeyRepair(ItemReplicas items) {
    this.items = items;
  }

  public RepairResult repair(KeysInput input) {
    int repaired = 0;
    int changedMeanwhile = 0;
    for (String key : input.keys()) {
      Optional<Map<String, AttributeValue>> a = items.read(input.failedRegion(), key);
      Optional<Map<String, AttributeValue>> b = items.read(input.targetRegion(), key);
      if (ItemDigests.same(a, b)) {
        continue;
      }
      boolean aWins = LastWriterWins.firstWins(a, b);
      String loser = aWins ? input.targetRegion() : input.failedRegion();
      if (items.putIfUnchanged(loser, aWins ? a.get() : b.get(), aWins ? b : a)) {
        repaired++;
      } else {
        changedMeanwhile++;
      }
    }
    return new RepairResult(repaired, changedMeanwhile);
  }
}
