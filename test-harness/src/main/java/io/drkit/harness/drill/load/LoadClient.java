package io.drkit.harness.drill.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.harness.drill.check.Operation;
import io.drkit.harness.lab.dns.TtlResolver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The drill's clients, one thread each, every operation written to the history as the client saw it: the key, the
 * value sent, the version and region in the answer, the start and end times and the status (the HTTP code,
 * {@code timeout}, or {@code error} when nothing answered).
 */
public final class LoadClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where the service is: in the lab, a DNS server to ask for the service name and the port to call the answer on;
   * on a deployment, the service URL, resolved by the JVM as any client's would be (cached for
   * {@code networkaddress.cache.ttl}). And each region's own endpoint, for the failover-aware mode.
   */
  public record Target(ClientMode mode, Optional<InetSocketAddress> dns, String serviceName, int port,
      Optional<URI> serviceUrl, List<String> regions, List<URI> regional) {

    public static Target viaDnsServer(ClientMode mode, InetSocketAddress dns, String serviceName, int port,
        List<String> regions, List<URI> regional) {
      return new Target(mode, Optional.of(dns), serviceName, port, Optional.empty(), List.copyOf(regions),
          List.copyOf(regional));
    }

    public static Target viaServiceUrl(ClientMode mode, URI serviceUrl, List<String> regions, List<URI> regional) {
      return new Target(mode, Optional.empty(), serviceUrl.getHost(), serviceUrl.getPort(), Optional.of(serviceUrl),
          List.copyOf(regions), List.copyOf(regional));
    }
  }

  /**
   * How long a client keeps its connections to a service URL: the JVM's default DNS cache time. Kept-alive
   * connections would otherwise stay on the load balancer of the region they first reached, whatever DNS says.
   */
  static final Duration RECONNECT_EVERY = Duration.ofSeconds(30);

  private final LoadProfile profile;
  private final Target target;
  private final HistoryWriter history;
  private final List<String> sharedKeys;
  private final AcknowledgedIds acknowledged = new AcknowledgedIds();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong operations = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicReference<String> lastRegion = new AtomicReference<>("-");
  private final List<Thread> threads = new ArrayList<>();

  public LoadClient(LoadProfile profile, Target target, HistoryWriter history, List<String> sharedKeys) {
    this.profile = profile;
    this.target = target;
    this.history = history;
    this.sharedKeys = List.copyOf(sharedKeys);
  }

  public LoadClient start() {
    for (int i = 1; i <= profile.writers(); i++) {
      spawn("writer-" + i, Operation.INSERT);
    }
    for (int i = 1; i <= profile.updaters(); i++) {
      spawn("updater-" + i, Operation.UPDATE);
    }
    for (int i = 1; i <= profile.readers(); i++) {
      spawn("reader-" + i, Operation.READ);
    }
    return this;
  }

  public long operations() {
    return operations.get();
  }

  public long failures() {
    return failures.get();
  }

  /** The region that served the latest successful operation. */
  public String servingRegion() {
    return lastRegion.get();
  }

  private void spawn(String name, String op) {
    Thread thread = new Thread(() -> run(name, op), "load-" + name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void run(String client, String op) {
    HttpClient http = httpClient();
    long connectedAt = System.nanoTime();
    Endpoints endpoints = new Endpoints(target);
    long sequence = 0;
    while (running.get()) {
      sequence++;
      if (target.serviceUrl().isPresent() && System.nanoTime() - connectedAt > RECONNECT_EVERY.toNanos()) {
        http = httpClient(); // new connections resolve the service name again
        connectedAt = System.nanoTime();
      }
      Operation done = once(http, endpoints, client, op, client + "-" + sequence);
      if (done != null) {
        history.write(done);
        operations.incrementAndGet();
        if (done.failed()) {
          failures.incrementAndGet();
        } else {
          done.region().ifPresent(lastRegion::set);
          done.region().ifPresent(endpoints::served);
        }
      }
      pause();
    }
  }

  private HttpClient httpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(profile.requestTimeout())
        .build();
  }

  /** One operation; null when there is nothing to do yet (a reader before any insert was acknowledged). */
  private Operation once(HttpClient http, Endpoints endpoints, String client, String op, String value) {
    Optional<String> key = switch (op) {
      case Operation.UPDATE -> Optional.of(sharedKeys.get(ThreadLocalRandom.current().nextInt(sharedKeys.size())));
      case Operation.READ -> acknowledged.any();
      default -> Optional.empty();
    };
    if (op.equals(Operation.READ) && key.isEmpty()) {
      return null;
    }
    OperationStart start = OperationStart.now();
    URI base;
    try {
      base = endpoints.next();
    } catch (TtlResolver.ResolutionException e) {
      return unanswered(client, op, key, value, start, "error");
    }
    HttpRequest request = request(base, op, key, value);
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long end = start.endMs();
      Optional<String> region = response.headers().firstValue("x-served-region");
      OptionalLong version = OptionalLong.empty();
      Optional<String> id = key;
      Optional<String> shown = op.equals(Operation.READ) ? Optional.empty() : Optional.of(value);
      if (response.statusCode() / 100 == 2) {
        JsonNode body = JSON.readTree(response.body());
        if (op.equals(Operation.READ) && body.path("data").path("value").isTextual()) {
          shown = Optional.of(body.path("data").path("value").asText()); // what was read
        }
        version = body.path("version").canConvertToLong() ? OptionalLong.of(body.path("version").asLong())
            : OptionalLong.empty();
        if (op.equals(Operation.INSERT) && body.path("id").isTextual()) {
          id = Optional.of(body.path("id").asText());
          acknowledged.add(id.get());
        }
      } else if (response.statusCode() >= 500) {
        endpoints.failed(base);
      }
      return new Operation(client, op, id, shown, version, region, start.wallMs(), end,
          String.valueOf(response.statusCode()));
    } catch (IOException e) {
      endpoints.failed(base);
      return unanswered(client, op, key, value, start, e instanceof HttpTimeoutException ? "timeout" : "error");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
      return null;
    }
  }

  /** An operation no answer came for: no version, no region, status {@code timeout} or {@code error}. */
  private static Operation unanswered(String client, String op, Optional<String> key, String value,
      OperationStart start, String status) {
    return new Operation(client, op, key, Optional.of(value), OptionalLong.empty(), Optional.empty(), start.wallMs(),
        start.endMs(), status);
  }

  private HttpRequest request(URI base, String op, Optional<String> key, String value) {
    String data = "{\"value\":\"" + value + "\"}";
    HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(profile.requestTimeout());
    return switch (op) {
      case Operation.INSERT -> builder.uri(base.resolve("/")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"data\":" + data + "}")).build();
      case Operation.UPDATE -> builder.uri(base.resolve("/")).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + key.orElseThrow() + "\",\"data\":" + data + "}"))
          .build();
      default -> builder.uri(base.resolve("/?id=" + key.orElseThrow())).GET().build();
    };
  }

  private void pause() {
    try {
      Thread.sleep(profile.pause().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  /** Stops the clients and waits for their last operations. */
  @Override
  public void close() {
    running.set(false);
    for (Thread thread : threads) {
      try {
        thread.join(profile.requestTimeout().toMillis() + 2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
