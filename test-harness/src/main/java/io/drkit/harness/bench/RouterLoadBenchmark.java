package io.drkit.harness.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load against a router URL: {@code clients} threads, each sending the next request when the last one
 * answers. A warm-up is run and discarded, then latencies are recorded per operation; a progress line shows
 * throughput and errors every second.
 */
public final class RouterLoadBenchmark {

  /** What to run. */
  public record Plan(URI url, int clients, Duration warmup, Duration duration, double writeShare) {}

  /** Per operation: how many, how many failed (5xx or no answer), and the latency distribution in microseconds. */
  public record OperationResult(String operation, long count, long errors, double perSecond, Histogram micros) {}

  public static List<OperationResult> run(Plan plan, PrintStream progress) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    LoadMix mix = new LoadMix(http, plan.url(), plan.writeShare());
    Map<LoadMix.Operation, Recorder> latency = new EnumMap<>(LoadMix.Operation.class);
    Map<LoadMix.Operation, AtomicLong> errors = new EnumMap<>(LoadMix.Operation.class);
    for (LoadMix.Operation op : LoadMix.Operation.values()) {
      latency.put(op, new Recorder(3));
      errors.put(op, new AtomicLong());
    }
    AtomicBoolean recording = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();

    ExecutorService clients = Executors.newFixedThreadPool(plan.clients());
    for (int c = 0; c < plan.clients(); c++) {
      clients.submit(() -> {
        while (running.get()) {
          LoadMix.Operation op = mix.next();
          long started = System.nanoTime();
          int status = mix.run(op);
          long micros = (System.nanoTime() - started) / 1_000;
          boolean error = status < 0 || status >= 500;
          if (recording.get()) {
            latency.get(op).recordValue(Math.max(1, micros));
            done.incrementAndGet();
            if (error) {
              errors.get(op).incrementAndGet();
              failed.incrementAndGet();
            }
          }
        }
      });
    }
    progress.printf("warming up for %d s with %d clients against %s%n", plan.warmup().toSeconds(), plan.clients(),
        plan.url());
    Thread.sleep(plan.warmup().toMillis());
    latency.values().forEach(Recorder::reset);
    recording.set(true);
    long started = System.nanoTime();
    long lastDone = 0;
    for (long second = 1; second <= plan.duration().toSeconds(); second++) {
      Thread.sleep(1_000);
      long now = done.get();
      progress.printf("\r  %3d/%d s  %6d ops/s  %d errors   ", second, plan.duration().toSeconds(), now - lastDone,
          failed.get());
      progress.flush();
      lastDone = now;
    }
    recording.set(false);
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    clients.shutdown();
    clients.awaitTermination(15, TimeUnit.SECONDS);
    progress.println();

    List<OperationResult> results = new ArrayList<>();
    Histogram all = new Histogram(3);
    long allErrors = 0;
    for (LoadMix.Operation op : LoadMix.Operation.values()) {
      Histogram histogram = latency.get(op).getIntervalHistogram();
      all.add(histogram);
      allErrors += errors.get(op).get();
      results.add(new OperationResult(op.name().toLowerCase(java.util.Locale.ROOT), histogram.getTotalCount(),
          errors.get(op).get(), histogram.getTotalCount() / seconds, histogram));
    }
    results.add(new OperationResult("all", all.getTotalCount(), allErrors, all.getTotalCount() / seconds, all));
    return results;
  }

  public static void print(List<OperationResult> results, PrintStream out) {
    out.printf("%-8s %9s %9s %9s %9s %9s %7s%n", "op", "count", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    for (OperationResult r : results) {
      out.printf("%-8s %9d %9.1f %9.2f %9.2f %9.2f %7d%n", r.operation(), r.count(), r.perSecond(),
          r.micros().getValueAtPercentile(50) / 1000.0, r.micros().getValueAtPercentile(99) / 1000.0,
          r.micros().getMaxValue() / 1000.0, r.errors());
    }
  }

  private RouterLoadBenchmark() {}
}
