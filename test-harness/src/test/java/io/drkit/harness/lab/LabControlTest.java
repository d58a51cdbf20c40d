package io.drkit.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.events.LabEvents;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A running lab, acted on from outside through its control endpoint, as ./dr lab does. */
class LabControlTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Lab lab;
  private static LabControl control;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void up() throws Exception {
    lab = Lab.start(new Lab.Options(LabProfile.fast(), WriteMode.ASYNC), LabEvents.inMemory());
    control = new LabControl(lab);
  }

  @AfterAll
  static void down() {
    if (control != null) {
      control.close();
    }
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void statusFaultAndHealFromOutside() throws Exception {
    JsonNode status = get("/status");
    assertThat(status.path("regions").path("ap-south-1").path("url").asText()).startsWith("http://127.0.0.2:");
    assertThat(status.path("regions").path("ap-southeast-1").path("url").asText()).startsWith("http://127.0.0.3:");
    assertThat(status.path("dns_answer").asText()).isEqualTo("ap-south-1");

    HttpResponse<String> stalled = post("/fault?kind=stall&region=ap-south-1");
    assertThat(stalled.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(stalled.body()).path("regions").path("ap-south-1").path("fault").asText())
        .isEqualTo("stall");
    assertThat(JSON.readTree(stalled.body()).path("replication").toString()).contains("paused");

    assertThat(post("/heal?region=ap-south-1").statusCode()).isEqualTo(200);
    assertThat(get("/status").path("regions").path("ap-south-1").path("fault").isNull()).isTrue();
  }

  @Test
  void badRequestsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
    HttpResponse<String> unknown = post("/fault?kind=explode&region=ap-south-1");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("explode");
    assertThat(post("/fault?kind=isolate&region=mars-1").body()).contains("no region mars-1");
    assertThat(post("/fault?kind=isolate").body()).contains("missing region");
    assertThat(post("/heal?region=ap-southeast-1").body()).contains("no fault to heal");
    assertThat(get("/status").path("regions").path("ap-south-1").path("fault").isNull()).isTrue();
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(http.send(HttpRequest.newBuilder(control.url().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private HttpResponse<String> post(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(control.url().resolve(path)).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
