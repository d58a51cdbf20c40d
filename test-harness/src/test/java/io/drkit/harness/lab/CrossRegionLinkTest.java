package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A link forwards; cut, it answers nothing (callers time out, nobody is refused); restored, it forwards again. */
class CrossRegionLinkTest {

  private HttpServer service;
  private CrossRegionLink link;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void setUp() throws Exception {
    service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    service.createContext("/", exchange -> {
      byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    service.start();
    link = CrossRegionLink.to(URI.create("http://127.0.0.1:" + service.getAddress().getPort()), "a->b");
  }

  @AfterEach
  void tearDown() {
    link.close();
    service.stop(0);
  }

  private String get() throws Exception {
    URI through = link.through(URI.create("http://127.0.0.1:" + service.getAddress().getPort() + "/ping"));
    return http.send(HttpRequest.newBuilder(through).timeout(Duration.ofMillis(700)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void forwardsThenGoesSilentThenForwardsAgain() throws Exception {
    assertThat(get()).isEqualTo("pong");
    link.cut();
    assertThatThrownBy(this::get).as("a partition drops, it does not refuse").isInstanceOf(HttpTimeoutException.class);
    link.restore();
    assertThat(get()).isEqualTo("pong");
  }
}
