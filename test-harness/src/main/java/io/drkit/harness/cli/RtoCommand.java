package io.drkit.harness.cli;

import io.drkit.harness.rto.RtoMeter;
import io.drkit.harness.rto.RtoReport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./dr rto}: the seed's RTO calculator, for watching someone break a real deployment. */
@Command(
    name = "rto",
    mixinStandardHelpOptions = true,
    description = {
        "Poll a service until told to stop (Ctrl-C), for a duration, or once it has recovered from an outage and",
        "stayed up; print the outage, the recovery, the RTO, and the region that served before and after.",
        "Two --endpoint options make it a failover-aware client: a failed probe tries the second."})
final class RtoCommand implements Callable<Integer> {

  @Option(names = "--endpoint", required = true, description = "URL to probe (a /health URL, or the service name).")
  List<URI> endpoints;

  @Option(names = "--interval-ms", defaultValue = "250", description = "Time between probes (default: ${DEFAULT-VALUE}).")
  long intervalMs;

  @Option(names = "--timeout-ms", defaultValue = "2000", description = "A probe's timeout (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  @Option(names = "--duration-seconds", defaultValue = "0", description = "Stop after this long; 0: until Ctrl-C.")
  long durationSeconds;

  @Option(names = "--stop-after-recovery-seconds", defaultValue = "0",
      description = "Stop once the service has been up this long after an outage; 0: do not.")
  long stableSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (intervalMs < 10 || timeoutMs < 10) {
      throw new IllegalArgumentException("--interval-ms and --timeout-ms must be at least 10");
    }
    RtoMeter meter = new RtoMeter(endpoints, Duration.ofMillis(timeoutMs), Clock.systemUTC());
    AtomicBoolean printed = new AtomicBoolean();
    Thread report = new Thread(() -> {
      if (printed.compareAndSet(false, true)) {
        System.out.print(RtoReport.of(meter.probes()).text());
      }
    });
    Runtime.getRuntime().addShutdownHook(report);
    Instant end = durationSeconds > 0 ? Instant.now().plusSeconds(durationSeconds) : Instant.MAX;
    while (Instant.now().isBefore(end)) {
      RtoMeter.Probe probe = meter.probe();
      System.err.printf("\r%s %s %-14s %s   ", probe.at(), probe.ok() ? "up  " : "DOWN", probe.region().orElse("-"),
          probe.detail());
      RtoReport sofar = RtoReport.of(meter.probes());
      if (stableSeconds > 0 && sofar.recovered().isPresent()
          && Duration.between(sofar.recovered().get(), Instant.now()).toSeconds() >= stableSeconds) {
        break;
      }
      Thread.sleep(intervalMs);
    }
    System.err.println();
    Runtime.getRuntime().removeShutdownHook(report);
    report.run();
    return 0;
  }
}
