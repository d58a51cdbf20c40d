package io.drkit.harness.alb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.serve.ServedRegion;
import io.drkit.localaws.LocalAws;
import io.drkit.router.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's curl walk-through, and the listener's ALB behaviour, over HTTP against a local region. */
class ServedRegionTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions("ap-south-1");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private ServedRegion served;

  @BeforeEach
  void serve() {
    served = ServedRegion.start(new ServedRegion.Options("ap-south-1", 0, Optional.of(aws.primary().endpoint()),
        Optional.empty(), Optional.empty(), WriteMode.ASYNC, 4, new PrintStream(log, true)));
  }

  @AfterEach
  void stop() {
    served.close();
  }

  @Test
  void theCurlWalkThroughWorks() throws Exception {
    HttpResponse<String> created = send("POST", "/", "{\"data\":{\"name\":\"first\"}}");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = Json.read(created.body()).get("id").asText();
    assertThat(created.headers().firstValue("x-served-region")).contains("ap-south-1");

    HttpResponse<String> read = send("GET", "/?id=" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Json.read(read.body()).get("data").get("name").asText()).isEqualTo("first");

    HttpResponse<String> updated = send("PUT", "/", "{\"id\":\"" + id + "\",\"data\":{\"name\":\"second\"},\"version\":1}");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(Json.read(updated.body()).get("version").asLong()).isEqualTo(2);

    assertThat(send("DELETE", "/?id=" + id, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/?id=" + id, null).statusCode()).isEqualTo(404);

    HttpResponse<String> health = send("GET", "/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("healthy");
  }

  @Test
  void queryStringsReachTheRouterEncodedAsFromAnAlb() throws Exception {
    String id = Json.read(send("POST", "/", "{\"data\":{}}").body()).get("id").asText();
    HttpResponse<String> read = send("GET", "/?id=" + id.replace("-", "%2D"), null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(send("GET", "/?id=%E0%A4", null).statusCode()).isEqualTo(400);
  }

  @Test
  void binaryBodiesArriveBase64AndAreRefusedAsNotJson() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(served.url().resolve("/"))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 0x00, 0x13}))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = Json.read(response.body());
    assertThat(error.get("error").asText()).isEqualTo("malformed_json");
  }

  @Test
  void bodiesOverTheLoadBalancerLimitAreRefusedBeforeTheRouter() throws Exception {
    HttpResponse<String> response = send("POST", "/", "x".repeat(AlbListener.MAX_BODY_BYTES + 1));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Json.read(response.body()).get("error").asText()).isEqualTo("payload_too_large");
  }

  @Test
  void eachRequestIsLoggedAsOneJsonLine() throws Exception {
    send("GET", "/health", null);
    JsonNode line = Json.read(log.toString().strip().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(line.get("route").asText()).isEqualTo("/health");
    assertThat(line.get("requestId").asText()).isNotBlank();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
