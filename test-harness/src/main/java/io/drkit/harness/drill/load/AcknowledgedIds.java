package io.drkit.harness.drill.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids of the inserts the service acknowledged, for the readers to pick from: writers append, readers pick one at
 * random, each in constant time under a short lock (a copy-on-write list would copy every id at each insert).
 */
final class AcknowledgedIds {

  private final List<String> ids = new ArrayList<>();

  synchronized void add(String id) {
    ids.add(id);
  }

  /** One of the ids, at random; empty before the first insert is acknowledged. */
  synchronized Optional<String> any() {
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
  }
}
