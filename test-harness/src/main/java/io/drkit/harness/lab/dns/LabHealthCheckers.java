package io.drkit.harness.lab.dns;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HealthCheck;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;

/**
 * Route 53's health checkers for the lab: every health check configured through the Route 53 API is probed on its
 * interval (or the lab profile's, which may be shorter than Route 53 allows) at its IP address or name, port and
 * path; an HTTP status from 200 to 399 within the timeout passes, as for Route 53. The verdicts feed the DNS server.
 */
public final class LabHealthCheckers implements AutoCloseable {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final Route53Client route53;
  private final Optional<Duration> intervalOverride;
  private final Consumer<String> onChange;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT)
      .version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, HealthCheckState> states = new ConcurrentHashMap<>();
  private final Map<String, Observation> observations = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
    Thread thread = new Thread(runnable, "lab-route53-health");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * @param intervalOverride the lab profile's interval, else each check's own RequestInterval
   * @param onChange called with the health check id when its verdict changes
   */
  public LabHealthCheckers(Route53Client route53, Optional<Duration> intervalOverride, Consumer<String> onChange) {
    this.route53 = route53;
    this.intervalOverride = intervalOverride;
    this.onChange = onChange;
  }

  /**
   * Reads the configured health checks, starts probing them, and re-reads them every {@code configRefresh} so that
   * an UpdateHealthCheck (inversion, disabling, a new threshold) or a new health check takes effect while running.
   */
  public LabHealthCheckers start(Duration configRefresh) {
    readConfiguration();
    scheduler.scheduleWithFixedDelay(this::readConfigurationQuietly, configRefresh.toMillis(),
        configRefresh.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void readConfigurationQuietly() {
    try {
      readConfiguration();
    } catch (RuntimeException e) {
      // the Route 53 API is unreachable: the checkers go on with the configuration they have
    }
  }

  private void readConfiguration() {
    for (HealthCheck check : route53.listHealthChecksPaginator(b -> {}).healthChecks()) {
      HealthCheckConfig config = check.healthCheckConfig();
      int threshold = config.failureThreshold() == null ? 3 : config.failureThreshold();
      boolean inverted = Boolean.TRUE.equals(config.inverted());
      boolean disabled = Boolean.TRUE.equals(config.disabled());
      HealthCheckState known = states.get(check.id());
      if (known != null) {
        if (known.reconfigure(threshold, inverted, disabled)) {
          onChange.accept(check.id());
        }
        continue;
      }
      states.put(check.id(), new HealthCheckState(threshold, inverted, disabled));
      long interval = intervalOverride.orElse(Duration.ofSeconds(config.requestInterval() == null ? 30
          : config.requestInterval())).toMillis();
      URI url = url(config);
      scheduler.scheduleWithFixedDelay(() -> probe(check.id(), url), 0, interval, TimeUnit.MILLISECONDS);
    }
  }

  /** The verdict Route 53 would use; a check the lab does not know counts as healthy, as a missing one would. */
  public boolean healthy(String healthCheckId) {
    HealthCheckState state = states.get(healthCheckId);
    return state == null || state.healthy();
  }

  /** One checker's latest report on a health check, as GetHealthCheckStatus gives it. */
  public record Observation(boolean passed, String status, Instant checkedAt) {}

  /** The checker's latest report on the health check, once it has probed. */
  public Optional<Observation> observation(String healthCheckId) {
    return Optional.ofNullable(observations.get(healthCheckId));
  }

  private void probe(String id, URI url) {
    boolean passed;
    String report;
    try {
      int status = http.send(HttpRequest.newBuilder(url).timeout(PROBE_TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
      passed = status >= 200 && status < 400;
      report = (passed ? "Success" : "Failure") + ": HTTP Status Code " + status;
    } catch (IOException e) {
      passed = false;
      report = "Failure: " + (e instanceof java.net.http.HttpTimeoutException ? "the endpoint did not answer in time"
          : "connection failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    observations.put(id, new Observation(passed, report, Instant.now()));
    if (states.get(id).record(passed)) {
      onChange.accept(id);
    }
  }

  static URI url(HealthCheckConfig config) {
    String scheme = config.typeAsString().startsWith("HTTPS") ? "https" : "http";
    String host = config.ipAddress() != null ? config.ipAddress() : config.fullyQualifiedDomainName();
    int port = config.port() != null ? config.port() : scheme.equals("https") ? 443 : 80;
    String path = config.resourcePath() == null ? "/" : config.resourcePath();
    return URI.create(scheme + "://" + host + ":" + port + path);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
