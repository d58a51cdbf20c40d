package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import io.drkit.harness.serve.Defect;
import io.drkit.harness.serve.Degradation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A running lab's control endpoint on loopback, for {@code ./dr lab fault|heal|status|down} from another terminal:
 * {@code GET /status}, {@code POST /fault?kind=isolate|kill|gray|stall|flap|deploy&region=R} (gray: {@code error_share},
 * {@code latency_ms}; deploy: {@code defect}), {@code POST /fault?kind=partition}, {@code POST /heal?region=R},
 * {@code POST /down}. Bad requests get a 400 with the reason; nothing is changed by them.
 */
public final class LabControl implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lab lab;
  private final HttpServer server;
  private final CountDownLatch down = new CountDownLatch(1);

  public LabControl(Lab lab) throws IOException {
    this.lab = lab;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::serve);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Blocks until {@code POST /down}. */
  public void awaitDown() throws InterruptedException {
    down.await();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String method = exchange.getRequestMethod();
      try {
        ObjectNode answer = switch (method + " " + path) {
          case "GET /status" -> lab.status();
          case "POST /fault" -> fault(query);
          case "POST /heal" -> {
            lab.heal(required(query, "region"));
            yield lab.status();
          }
          case "POST /down" -> {
            down.countDown();
            yield JSON.createObjectNode().put("down", true);
          }
          default -> throw new IllegalArgumentException("no " + method + " " + path
              + "; GET /status, POST /fault, POST /heal, POST /down");
        };
        respond(exchange, 200, answer);
      } catch (IllegalArgumentException | IllegalStateException e) {
        respond(exchange, 400, JSON.createObjectNode().put("error", e.getMessage()));
      }
    }
  }

  private ObjectNode fault(Map<String, String> query) {
    String kind = required(query, "kind");
    if (kind.equals("partition")) {
      lab.partition();
      return lab.status();
    }
    String region = required(query, "region");
    switch (kind) {
      case "isolate" -> lab.isolate(region);
      case "kill" -> lab.kill(region);
      case "stall" -> lab.stall(region);
      case "flap" -> lab.flap(region);
      case "deploy" -> lab.deploy(region, Defect.parse(query.getOrDefault("defect", "fail-writes")));
      case "gray" -> lab.gray(region, new Degradation(number(query, "error_share", 0.5),
          Duration.ofMillis((long) number(query, "latency_ms", 0))));
      default -> throw new IllegalArgumentException("no fault " + kind
          + "; isolate, kill, gray, stall, partition, flap or deploy");
    }
    return lab.status();
  }

  private static double number(Map<String, String> query, String name, double otherwise) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not " + value);
    }
  }

  private static String required(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
