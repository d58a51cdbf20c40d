package io.drkit.router.bench;

import io.drkit.router.InMemoryItemStore;
import io.drkit.router.Requests;
import io.drkit.router.TestRouters;
import io.drkit.router.TrafficRouter;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.HttpResponse;
import io.drkit.router.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The router's own cost per request (routing, validation, JSON, item rules, the structured log line) with the
 * table answered in memory. SampleTime mode reports p50/p99 per operation.
 *
 * <p>Run: {@code scripts/bench-jmh.sh api-lambda RouterBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBenchmark {

  private static final int ITEMS = 1_000;

  private TrafficRouter router;
  private final List<HttpRequest> reads = new ArrayList<>();
  private final List<HttpRequest> updates = new ArrayList<>();
  private HttpRequest create;
  private HttpRequest malformed;
  private HttpRequest health;
  private int next;

  @Setup
  public void setUp() {
    router = TestRouters.over(TestRouters.settings(), new InMemoryItemStore(), java.util.Optional.empty(),
        new java.io.ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            // the log line is built and written, then dropped
          }
        });
    for (int i = 0; i < ITEMS; i++) {
      HttpResponse created = router.handle(Requests.post("{\"data\":{\"customer\":\"c-" + i + "\",\"total\":12.5}}"));
      String id = Json.read(created.body().orElseThrow()).get("id").asText();
      reads.add(Requests.get("/", "id", id));
      updates.add(Requests.put("{\"id\":\"" + id + "\",\"data\":{\"customer\":\"c-" + i + "\",\"total\":13}}"));
    }
    create = Requests.post("{\"data\":{\"customer\":\"c-new\",\"lines\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":1}]}}");
    malformed = Requests.post("{\"data\":{\"customer\":\"c\",}");
    health = Requests.get("/health");
  }

  @Benchmark
  public HttpResponse readById() {
    return router.handle(reads.get(next++ % ITEMS));
  }

  @Benchmark
  public HttpResponse create() {
    return router.handle(create);
  }

  @Benchmark
  public HttpResponse updateWithoutVersion() {
    return router.handle(updates.get(next++ % ITEMS));
  }

  @Benchmark
  public HttpResponse malformedBody() {
    return router.handle(malformed);
  }

  @Benchmark
  public HttpResponse healthCheck() {
    return router.handle(health);
  }

}
