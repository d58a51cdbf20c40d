package io.drkit.harness.cli;

import io.drkit.core.replication.WriteMode;
import io.drkit.harness.bench.RouterLoadBenchmark;
import io.drkit.harness.serve.ServedRegion;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./dr bench}: throughput and latency of the traffic-router through its HTTP listener. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measure the traffic-router through its local HTTP listener: requests per second and p50/p99 latency",
        "for a read/write mix. Without --url it serves a region on moto first (request logs discarded)."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--url", description = "A running router (./dr serve); default: start one.")
  URI url;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent closed-loop clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--write-share", defaultValue = "0.3", description = "Share of writes, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double writeShare;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1 || warmup < 0 || writeShare < 0 || writeShare > 1) {
      throw new IllegalArgumentException("need --clients >= 1, --seconds >= 1, --warmup >= 0, 0 <= --write-share <= 1");
    }
    Optional<ServedRegion> served = Optional.ofNullable(url).isPresent() ? Optional.empty()
        : Optional.of(ServedRegion.start(new ServedRegion.Options("ap-south-1", 0, Optional.empty(), Optional.empty(),
            Optional.empty(), WriteMode.ASYNC, Math.max(16, clients), new PrintStream(OutputStream.nullOutputStream()))));
    try {
      URI target = served.map(ServedRegion::url).orElse(url);
      var results = RouterLoadBenchmark.run(new RouterLoadBenchmark.Plan(target, clients, Duration.ofSeconds(warmup),
          Duration.ofSeconds(seconds), writeShare), System.out);
      RouterLoadBenchmark.print(results, System.out);
      return results.get(results.size() - 1).errors() == 0 ? 0 : 1;
    } finally {
      served.ifPresent(ServedRegion::close);
    }
  }
}
