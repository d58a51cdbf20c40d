package io.drkit.harness.rto;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RtoMeterTest {

  private static RtoMeter.Probe probe(int second, boolean ok, String region) {
    return new RtoMeter.Probe(Instant.parse("2026-11-26T00:00:00Z").plusSeconds(second), ok, Optional.ofNullable(region),
        ok ? "HTTP 200" : "HTTP 503");
  }

  @Test
  void theRtoRunsFromTheFirstFailureToTheSuccessAfterWhichNothingFails() {
    RtoReport report = RtoReport.of(List.of(probe(0, true, "ap-south-1"), probe(1, true, "ap-south-1"),
        probe(2, false, null), probe(3, true, "ap-southeast-1"), probe(4, false, null), probe(5, false, null),
        probe(6, true, "ap-southeast-1"), probe(7, true, "ap-southeast-1")));
    assertThat(report.rto()).contains(Duration.ofSeconds(4));
    assertThat(report.regionBefore()).contains("ap-south-1");
    assertThat(report.regionAfter()).contains("ap-southeast-1");
    assertThat(report.failures()).isEqualTo(3);
  }

  @Test
  void noOutageAndNoRecoveryAreSaidSo() {
    assertThat(RtoReport.of(List.of(probe(0, true, "a"), probe(1, true, "a"))).text()).contains("no outage seen");
    assertThat(RtoReport.of(List.of(probe(0, true, "a"), probe(1, false, null))).text()).contains("not recovered");
  }

  @Test
  void aFailoverAwareMeterTriesTheSecondEndpoint() throws Exception {
    AtomicInteger status = new AtomicInteger(200);
    HttpServer first = server(status, "ap-south-1");
    HttpServer second = server(new AtomicInteger(200), "ap-southeast-1");
    try {
      RtoMeter meter = new RtoMeter(List.of(url(first), url(second)), Duration.ofSeconds(1), Clock.systemUTC());
      assertThat(meter.probe().region()).contains("ap-south-1");
      status.set(503);
      RtoMeter.Probe failedOver = meter.probe();
      assertThat(failedOver.ok()).isTrue();
      assertThat(failedOver.region()).contains("ap-southeast-1");

      RtoMeter single = new RtoMeter(List.of(url(first)), Duration.ofSeconds(1), Clock.systemUTC());
      assertThat(single.probe().ok()).isFalse();
    } finally {
      first.stop(0);
      second.stop(0);
    }
  }

  private static HttpServer server(AtomicInteger status, String region) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("X-Served-Region", region);
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static URI url(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
  }
}
