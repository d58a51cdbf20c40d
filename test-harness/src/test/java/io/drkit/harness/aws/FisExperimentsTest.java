package io.drkit.harness.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The two FIS calls, as they go over the wire: the REST path, the JSON body, a SigV4 signature for fis. */
class FisExperimentsTest {

  private HttpServer fis;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private volatile int status = 201;

  @BeforeEach
  void setUp() throws Exception {
    fis = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    fis.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] answer = (status < 300 ? "{\"experiment\":{\"id\":\"EXPabc\",\"state\":{\"status\":\"initiating\"}}}"
          : "{\"message\":\"Template not found\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    fis.start();
  }

  @AfterEach
  void tearDown() {
    fis.stop(0);
  }

  private FisExperiments experiments() {
    return new FisExperiments(region -> URI.create("http://127.0.0.1:" + fis.getAddress().getPort()),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
  }

  @Test
  void startsFromTheTemplateAndStopsByIdSigned() {
    try (FisExperiments experiments = experiments()) {
      assertThat(experiments.start("ap-south-1", "EXT1a2b")).isEqualTo("EXPabc");
      experiments.stop("ap-south-1", "EXPabc");
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).startsWith("POST /experiments {\"experimentTemplateId\":\"EXT1a2b\",\"clientToken\":")
        .contains("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/").contains("/ap-south-1/fis/aws4_request");
    assertThat(seen.get(1)).startsWith("DELETE /experiments/EXPabc ");
  }

  @Test
  void aRefusalIsAnErrorThatSaysWhy() {
    status = 404;
    try (FisExperiments experiments = experiments()) {
      assertThatThrownBy(() -> experiments.start("ap-south-1", "EXTnope")).hasMessageContaining("FIS answered 404")
          .hasMessageContaining("Template not found");
    }
  }
}
