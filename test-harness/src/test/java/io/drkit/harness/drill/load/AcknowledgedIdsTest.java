package io.drkit.harness.drill.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AcknowledgedIdsTest {

  private final AcknowledgedIds ids = new AcknowledgedIds();

  @Test
  void nothingToReadBeforeTheFirstAcknowledgedInsert() {
    assertThat(ids.any()).isEmpty();
  }

  @Test
  void readersPickAmongTheIdsWritersAddedMeanwhile() throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    Set<String> added = ConcurrentHashMap.newKeySet();
    Set<String> read = ConcurrentHashMap.newKeySet();
    for (int writer = 0; writer < 2; writer++) {
      String name = "writer-" + writer;
      clients.submit(() -> {
        for (int i = 0; i < 2_000; i++) {
          added.add(name + "-" + i);
          ids.add(name + "-" + i);
        }
      });
    }
    for (int reader = 0; reader < 2; reader++) {
      clients.submit(() -> {
        for (int i = 0; i < 2_000; i++) {
          ids.any().ifPresent(read::add);
        }
      });
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(added).containsAll(read);
    Set<String> picked = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      picked.add(ids.any().orElseThrow());
    }
    assertThat(picked).hasSizeGreaterThan(1);
  }
}
