package io.drkit.harness.rto;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Polls a service the way a client would and records what it saw: each probe's time, whether it succeeded, and
 * the region that answered. With several endpoints it behaves as a failover-aware client: a probe that fails on
 * one endpoint tries the next.
 */
public final class RtoMeter {

  /** One probe: when, whether any endpoint answered 2xx, and the region that served it. */
  public record Probe(Instant at, boolean ok, Optional<String> region, String detail) {}

  private final List<URI> endpoints;
  private final Duration timeout;
  private final Clock clock;
  private final HttpClient http;
  private final List<Probe> probes = new ArrayList<>();

  public RtoMeter(List<URI> endpoints, Duration timeout, Clock clock) {
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException("give at least one endpoint");
    }
    this.endpoints = List.copyOf(endpoints);
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  public synchronized List<Probe> probes() {
    return List.copyOf(probes);
  }

  public Probe probe() {
    Instant at = clock.instant();
    String detail = "";
    for (URI endpoint : endpoints) {
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint).timeout(timeout).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
          return record(new Probe(at, true, response.headers().firstValue("x-served-region"), "HTTP " + response.statusCode()));
        }
        detail = "HTTP " + response.statusCode();
      } catch (IOException e) {
        detail = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        detail = "interrupted";
        break;
      }
    }
    return record(new Probe(at, false, Optional.empty(), detail));
  }

  private synchronized Probe record(Probe probe) {
    probes.add(probe);
    return probe;
  }
}
