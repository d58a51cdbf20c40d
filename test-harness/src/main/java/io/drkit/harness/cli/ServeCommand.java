package io.drkit.harness.cli;

import io.drkit.core.replication.WriteMode;
import io.drkit.harness.serve.ServedRegion;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./dr serve}: one region's traffic-router on a local port, the way its ALB serves it. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serve one region's traffic-router over HTTP, as its ALB target group does.",
        "Starts a moto_server for the region (unless --aws-endpoint is given), creates both tables, and listens",
        "on 127.0.0.1 until interrupted."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--region", defaultValue = "ap-south-1", description = "Region to serve (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--aws-endpoint", description = "Use this AWS endpoint (a running moto_server) instead of starting one.")
  URI awsEndpoint;

  @Option(names = "--peer-region", description = "The other region (reported by /health; needed by --write-mode replicated).")
  String peerRegion;

  @Option(names = "--peer-endpoint", description = "AWS endpoint of the peer region, for --write-mode replicated.")
  URI peerEndpoint;

  @Option(names = "--write-mode", defaultValue = "async", converter = WriteModeConverter.class,
      description = "async or replicated (default: ${DEFAULT-VALUE}).")
  WriteMode writeMode;

  @Option(names = "--concurrency", defaultValue = "16", description = "Concurrent invocations, as the function's concurrency (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Override
  public Integer call() throws InterruptedException {
    if (concurrency < 1) {
      throw new IllegalArgumentException("--concurrency must be at least 1");
    }
    ServedRegion served = ServedRegion.start(new ServedRegion.Options(region, port, Optional.ofNullable(awsEndpoint),
        Optional.ofNullable(peerRegion), Optional.ofNullable(peerEndpoint), writeMode, concurrency, System.out));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      served.close();
      stopped.countDown();
    }, "serve-shutdown"));
    System.out.printf("Serving %s at %s (write mode %s; AWS endpoint %s). Ctrl-C stops.%n",
        served.region(), served.url(), writeMode.label(), served.awsEndpoint());
    System.out.printf("Try: curl -s %s/health%n", served.url());
    System.out.flush();
    stopped.await();
    return 0;
  }
}
