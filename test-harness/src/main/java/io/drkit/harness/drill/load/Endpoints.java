package io.drkit.harness.drill.load;

import io.drkit.harness.lab.dns.TtlResolver;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where one client sends its next request. In {@code dns} mode: the address the service name resolves to (cached
 * for its TTL). In {@code failover-aware} mode: that too until an error, then the other regional endpoint, kept
 * until it errs in turn.
 */
final class Endpoints {

  private final ClientMode mode;
  private final Optional<TtlResolver> resolver;
  private final Optional<URI> serviceUrl;
  private final String serviceName;
  private final int port;
  private final List<String> regions;
  private final List<URI> regional;
  private int fallback = -1;
  private int lastServed = -1;

  Endpoints(LoadClient.Target target) {
    this.mode = target.mode();
    this.resolver = target.dns().map(dns -> new TtlResolver(dns, Duration.ofSeconds(1)));
    this.serviceUrl = target.serviceUrl();
    this.serviceName = target.serviceName();
    this.port = target.port();
    this.regions = target.regions();
    this.regional = target.regional();
  }

  /** A request succeeded, served by this region (its X-Served-Region). */
  void served(String region) {
    lastServed = regions.indexOf(region);
  }

  URI next() throws TtlResolver.ResolutionException {
    if (fallback >= 0) {
      return regional.get(fallback);
    }
    if (serviceUrl.isPresent()) {
      return serviceUrl.get(); // the JVM resolves it, with its own cache
    }
    TtlResolver resolver = this.resolver.orElseThrow();
    try {
      return URI.create("http://" + resolver.resolve(serviceName).getHostAddress() + ":" + port);
    } catch (TtlResolver.ResolutionException e) {
      // like a JVM, keep using the last answer when the DNS server does not reply
      var last = resolver.lastKnown();
      if (last.isEmpty()) {
        throw e;
      }
      return URI.create("http://" + last.get().getHostAddress() + ":" + port);
    }
  }

  /** The request to {@code used} failed: a failover-aware client moves to the other regional endpoint. */
  void failed(URI used) {
    if (mode != ClientMode.FAILOVER_AWARE || regional.size() < 2) {
      return;
    }
    // the region that failed: the endpoint's, or, for a service name, the region that served it last
    int index = indexOf(used);
    int failedRegion = index >= 0 ? index : lastServed;
    fallback = failedRegion < 0 ? 0 : (failedRegion + 1) % regional.size();
  }

  private int indexOf(URI used) {
    for (int i = 0; i < regional.size(); i++) {
      if (regional.get(i).getHost().equals(used.getHost()) && regional.get(i).getPort() == used.getPort()) {
        return i;
      }
    }
    return -1;
  }
}
