package io.drkit.harness.lab.dns;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Route 53 API as the lab's activities call it: GetHealthCheckStatus is answered from the lab's own health
 * checkers (the local AWS answers it with a fixed "Success"), everything else is passed to the local AWS endpoint
 * that holds the zone and the health checks. The activities ask it, over the SDK's wire protocol, whether Route 53
 * still reaches a region.
 */
public final class Route53Endpoint implements AutoCloseable {

  private static final Pattern STATUS = Pattern.compile("/2013-04-01/healthcheck/([^/]+)/status");
  /** Headers the JDK client sets itself. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpServer server;
  private final ExecutorService workers;
  private final URI upstream;
  private final Function<String, Optional<LabHealthCheckers.Observation>> observations;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private Route53Endpoint(HttpServer server, ExecutorService workers, URI upstream,
      Function<String, Optional<LabHealthCheckers.Observation>> observations) {
    this.server = server;
    this.workers = workers;
    this.upstream = upstream;
    this.observations = observations;
  }

  /** @param observations the lab checker's latest report per health check id */
  public static Route53Endpoint start(URI upstream,
      Function<String, Optional<LabHealthCheckers.Observation>> observations) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "lab-route53-api");
        thread.setDaemon(true);
        return thread;
      });
      Route53Endpoint endpoint = new Route53Endpoint(server, workers, upstream, observations);
      server.createContext("/", endpoint::serve);
      server.setExecutor(workers);
      server.start();
      return endpoint;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("could not listen for the Route 53 API", e);
    }
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher status = STATUS.matcher(exchange.getRequestURI().getRawPath());
      if ("GET".equals(exchange.getRequestMethod()) && status.matches()) {
        Optional<LabHealthCheckers.Observation> observation = observations.apply(status.group(1));
        if (observation.isPresent()) {
          respond(exchange, 200, "text/xml", statusXml(observation.get()));
          return;
        }
      }
      forward(exchange);
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())))
        .timeout(Duration.ofSeconds(10))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
      response.headers().firstValue("x-amzn-RequestId")
          .ifPresent(id -> exchange.getResponseHeaders().set("x-amzn-RequestId", id));
      send(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 503, "text/plain", "interrupted");
    } catch (IOException e) {
      respond(exchange, 503, "text/plain", "the local AWS endpoint did not answer: " + e.getMessage());
    }
  }

  static String statusXml(LabHealthCheckers.Observation observation) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<GetHealthCheckStatusResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
        + "<HealthCheckObservations><HealthCheckObservation><Region>us-east-1</Region>"
        + "<IPAddress>127.0.0.1</IPAddress><StatusReport><Status>" + escape(observation.status()) + "</Status>"
        + "<CheckedTime>" + observation.checkedAt().truncatedTo(ChronoUnit.MILLIS) + "</CheckedTime></StatusReport>"
        + "</HealthCheckObservation></HealthCheckObservations></GetHealthCheckStatusResponse>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
