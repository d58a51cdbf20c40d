package io.drkit.harness.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * The data-integrity suite, through the item API of two regions only, so that it runs the same against the lab and
 * against a deployment: write replication each way (and how long it takes, observed by polling the other region),
 * concurrent writes to one key from both regions (both converge to one value; the overwritten write is reported),
 * and read consistency (a region reads its own writes at once, the other once replicated).
 */
public final class IntegritySuite {

  /** How to run: samples per direction, the replication budget, how often to poll, how long to wait at most. */
  public record Settings(int samples, Duration budget, Duration pollEvery, Duration giveUpAfter, int conflictRounds) {
    public Settings {
      if (samples < 1 || samples > 10_000 || conflictRounds < 1 || conflictRounds > 100) {
        throw new IllegalArgumentException("samples are 1 to 10000, conflict rounds 1 to 100");
      }
    }

    public static Settings defaults() {
      return new Settings(100, Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofSeconds(10), 5);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ItemApi a;
  private final ItemApi b;
  private final Settings settings;
  private final PrintStream progress;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  public IntegritySuite(Map.Entry<String, URI> first, Map.Entry<String, URI> second, Settings settings,
      PrintStream progress) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.a = new ItemApi(first.getKey(), first.getValue(), http, Duration.ofSeconds(10));
    this.b = new ItemApi(second.getKey(), second.getValue(), http, Duration.ofSeconds(10));
    this.settings = settings;
    this.progress = progress;
  }

  public IntegrityReport run() throws IOException, InterruptedException {
    List<IntegrityReport.Check> checks = new ArrayList<>();
    List<IntegrityReport.Direction> directions = new ArrayList<>();
    for (ItemApi[] pair : new ItemApi[][] {{a, b}, {b, a}}) {
      progress.printf("replication %s -> %s: %d writes%n", pair[0].region(), pair[1].region(), settings.samples());
      IntegrityReport.Direction direction = replication(pair[0], pair[1]);
      directions.add(direction);
      checks.add(new IntegrityReport.Check((pair[0] == a ? "write replication " : "bi-directional replication ")
          + pair[0].region() + " -> " + pair[1].region(), direction.lost() == 0 && direction.altered() == 0,
          direction.arrived() + "/" + settings.samples() + " arrived intact"
              + (direction.lost() > 0 ? ", " + direction.lost() + " never arrived" : "")
              + (direction.altered() > 0 ? ", " + direction.altered() + " arrived altered" : "")));
    }
    progress.printf("concurrent writes to one key from both regions: %d rounds%n", settings.conflictRounds());
    checks.add(concurrentWrites());
    progress.println("read consistency in each region");
    checks.add(readConsistency());
    return new IntegrityReport(a.region(), b.region(), settings.budget(), checks, directions);
  }

  private ObjectNode data(String what, int n) {
    return JSON.createObjectNode().put("suite", "integrity").put("run", run).put("check", what).put("n", n);
  }

  private IntegrityReport.Direction replication(ItemApi from, ItemApi to) throws IOException, InterruptedException {
    List<Long> millis = new ArrayList<>();
    int lost = 0;
    int altered = 0;
    for (int i = 0; i < settings.samples(); i++) {
      JsonNode created = from.create(data("replication", i)).itemOrThrow();
      long acknowledged = System.nanoTime();
      Optional<JsonNode> seen = awaitVersion(to, created.path("id").asText(), created.path("version").asLong());
      if (seen.isEmpty()) {
        lost++;
        continue;
      }
      millis.add((System.nanoTime() - acknowledged) / 1_000_000);
      if (!seen.get().path("data").equals(created.path("data"))) {
        altered++;
      }
    }
    return IntegrityReport.Direction.of(from.region(), to.region(), millis, lost, altered);
  }

  /** Polls until the region serves the item at {@code version} or later; empty when it never did in time. */
  private Optional<JsonNode> awaitVersion(ItemApi api, String id, long version)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + settings.giveUpAfter().toNanos();
    while (System.nanoTime() < deadline) {
      ItemApi.Answer answer = api.get(id);
      if (answer.item().filter(item -> item.path("version").asLong() >= version).isPresent()) {
        return answer.item();
      }
      Thread.sleep(settings.pollEvery().toMillis());
    }
    return Optional.empty();
  }

  private IntegrityReport.Check concurrentWrites() throws IOException, InterruptedException {
    int converged = 0;
    int bothAcknowledged = 0;
    List<String> winners = new ArrayList<>();
    for (int round = 0; round < settings.conflictRounds(); round++) {
      JsonNode created = a.create(data("conflict", round)).itemOrThrow();
      String id = created.path("id").asText();
      if (awaitVersion(b, id, created.path("version").asLong()).isEmpty()) {
        continue; // never replicated: the round proves nothing, and the count below shows it
      }
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<ItemApi.Answer> inA = write(a, id, start);
      CompletableFuture<ItemApi.Answer> inB = write(b, id, start);
      start.countDown();
      boolean ackedA = answer(inA).status() == 200;
      boolean ackedB = answer(inB).status() == 200;
      if (ackedA && ackedB) {
        bothAcknowledged++;
      }
      Optional<String> winner = awaitAgreement(id);
      if (winner.isPresent()) {
        converged++;
        winners.add(winner.get());
      }
    }
    boolean passed = converged == settings.conflictRounds();
    return new IntegrityReport.Check("concurrent writes to one key from both regions", passed,
        converged + "/" + settings.conflictRounds() + " converged to one value (last writer wins: kept "
            + String.join(", ", winners) + "); " + bothAcknowledged + " rounds had both writes acknowledged, so one "
            + "acknowledged write was overwritten each time (the conflict)");
  }

  private CompletableFuture<ItemApi.Answer> write(ItemApi api, String id, CountDownLatch start) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
        return api.put(id, JSON.createObjectNode().put("suite", "integrity").put("run", run)
            .put("writer", api.region()));
      } catch (IOException e) {
        return new ItemApi.Answer(0, Optional.empty());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ItemApi.Answer(0, Optional.empty());
      }
    });
  }

  private static ItemApi.Answer answer(CompletableFuture<ItemApi.Answer> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new ItemApi.Answer(0, Optional.empty());
    }
  }

  /** Polls both regions until they serve the same version and data; the writer whose value was kept. */
  private Optional<String> awaitAgreement(String id) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + settings.giveUpAfter().toNanos();
    while (System.nanoTime() < deadline) {
      Optional<JsonNode> inA = a.get(id).item();
      Optional<JsonNode> inB = b.get(id).item();
      if (inA.isPresent() && inB.isPresent() && inA.get().path("version").equals(inB.get().path("version"))
          && inA.get().path("data").equals(inB.get().path("data"))
          && inA.get().path("data").has("writer")) {
        return Optional.of(inA.get().path("data").path("writer").asText());
      }
      Thread.sleep(settings.pollEvery().toMillis());
    }
    return Optional.empty();
  }

  private IntegrityReport.Check readConsistency() throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    for (ItemApi[] pair : new ItemApi[][] {{a, b}, {b, a}}) {
      ItemApi here = pair[0];
      ItemApi there = pair[1];
      JsonNode created = here.create(data("read", 0)).itemOrThrow();
      String id = created.path("id").asText();
      if (!here.get(id).item().filter(i -> i.equals(created)).isPresent()) {
        problems.add(here.region() + " did not read its own insert at once");
      }
      JsonNode updated = here.put(id, data("read", 1)).itemOrThrow();
      if (!here.get(id).item().filter(i -> i.equals(updated)).isPresent()) {
        problems.add(here.region() + " did not read its own update at once");
      }
      Optional<JsonNode> replicated = awaitVersion(there, id, updated.path("version").asLong());
      if (replicated.isEmpty() || !replicated.get().path("data").equals(updated.path("data"))) {
        problems.add(there.region() + " did not come to read " + here.region() + "'s update");
      }
    }
    return new IntegrityReport.Check("read consistency", problems.isEmpty(), problems.isEmpty()
        ? "each region reads its own writes at once and the other's once replicated" : String.join("; ", problems));
  }
}
