package io.drkit.harness.alb;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP listener on loopback that does what an ALB target group with a Lambda target does: each request becomes
 * an ALB event (multi-value headers and query strings, query left URL-encoded, binary bodies base64), the handler's
 * answer becomes the HTTP response. Bodies over the ALB's 1 MB Lambda limit are refused with 413, as the ALB does.
 */
public final class AlbListener implements AutoCloseable {

  static final int MAX_BODY_BYTES = 1_048_576;

  private final HttpServer server;
  private final ExecutorService workers;
  private final RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> handler;

  private AlbListener(
      HttpServer server,
      ExecutorService workers,
      RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> handler) {
    this.server = server;
    this.workers = workers;
    this.handler = handler;
  }

  /** Listens on 127.0.0.1; port 0 picks a free one. {@code concurrency} plays the function's concurrency. */
  public static AlbListener start(
      int port,
      int concurrency,
      RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> handler)
      throws IOException {
    return start(InetAddress.getLoopbackAddress(), port, concurrency, handler);
  }

  /** Listens on a given address (the lab gives each region its own loopback address, with the same port). */
  public static AlbListener start(
      InetAddress address,
      int port,
      int concurrency,
      RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> handler)
      throws IOException {
    // Without TCP_NODELAY the JDK server's split header/body writes meet the client's delayed ACK: +40 ms a request.
    // The server reads this property once, when its first instance is made.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 256);
    ExecutorService workers = Executors.newFixedThreadPool(concurrency, runnable -> {
      Thread thread = new Thread(runnable, "alb-listener");
      thread.setDaemon(true);
      return thread;
    });
    AlbListener listener = new AlbListener(server, workers, handler);
    server.createContext("/", listener::serve);
    server.setExecutor(workers);
    server.start();
    return listener;
  }

  public URI url() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = readBounded(exchange.getRequestBody());
      if (body == null) {
        respond(exchange, 413, Map.of("Content-Type", List.of("application/json")),
            "{\"error\":\"payload_too_large\",\"message\":\"the load balancer takes bodies of at most 1 MB\"}");
        return;
      }
      ApplicationLoadBalancerRequestEvent event = AlbEventTranslator.toEvent(exchange, body);
      ApplicationLoadBalancerResponseEvent response;
      try {
        response = handler.handleRequest(event, new LocalLambdaContext());
      } catch (RuntimeException e) {
        // what an ALB answers when its Lambda target fails
        respond(exchange, 502, Map.of("Content-Type", List.of("text/plain")), "Bad Gateway");
        return;
      }
      respond(exchange, response.getStatusCode(), AlbEventTranslator.headersOf(response),
          response.getBody() == null ? "" : response.getBody());
    }
  }

  private static void respond(HttpExchange exchange, int status, Map<String, List<String>> headers, String body)
      throws IOException {
    headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    boolean empty = bytes.length == 0 || status == 204 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, empty ? -1 : bytes.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
