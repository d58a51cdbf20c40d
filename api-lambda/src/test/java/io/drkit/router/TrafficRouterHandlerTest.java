package io.drkit.router;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.router.http.Json;
import io.drkit.router.items.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Lambda handler fed with ALB events as the load balancer sends them (JSON fixtures). */
class TrafficRouterHandlerTest {

  private static final ObjectMapper EVENTS =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final InMemoryItemStore store = new InMemoryItemStore();
  private final TrafficRouterHandler handler =
      new TrafficRouterHandler(TestRouters.over(store, new ByteArrayOutputStream()));

  @Test
  void singleValueEventGetsASingleValueResponse() throws IOException {
    ApplicationLoadBalancerResponseEvent response = handle("post-single-value.json");

    assertThat(response.getStatusCode()).isEqualTo(201);
    assertThat(response.getStatusDescription()).isEqualTo("201 Created");
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    assertThat(response.getMultiValueHeaders()).isNull();
    JsonNode item = Json.read(response.getBody());
    assertThat(item.get("data").get("total").decimalValue()).isEqualByComparingTo("12.5");

    ApplicationLoadBalancerResponseEvent replay = handle("post-single-value.json");
    assertThat(replay.getBody()).isEqualTo(response.getBody());
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void multiValueEventGetsAMultiValueResponseAndItsQueryIsDecoded() throws IOException {
    store.create(new Item("fixture-item", Json.object().put("k", "v"), 1, "2026-11-26T00:00:00.000Z",
        "2026-11-26T00:00:00.000Z", "ap-south-1"), Optional.empty());

    ApplicationLoadBalancerResponseEvent response = handle("get-multi-value-encoded.json");

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).isNull();
    assertThat(response.getMultiValueHeaders()).containsEntry("X-Served-Region", List.of("ap-south-1"));
    assertThat(Json.read(response.getBody()).get("id").asText()).isEqualTo("fixture-item");
  }

  @Test
  void base64BodiesAreDecoded() throws IOException {
    ApplicationLoadBalancerResponseEvent response = handle("post-base64-multi-value.json");
    assertThat(response.getStatusCode()).isEqualTo(201);
    assertThat(Json.read(response.getBody()).get("data").get("city").asText()).isEqualTo("Mumbai");
  }

  @Test
  void routeFiftyThreeHealthCheckGetsTheHealthDocument() throws IOException {
    ApplicationLoadBalancerResponseEvent response = handle("get-health.json");
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(Json.read(response.getBody()).get("status").asText()).isEqualTo("healthy");
  }

  @Test
  void aRepeatedQueryParameterIsRefused() throws IOException {
    ApplicationLoadBalancerResponseEvent response = handle("delete-repeated-id.json");
    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(Json.read(response.getBody()).get("error").asText()).isEqualTo("invalid_query");
  }

  @Test
  void anEmptyEventIsAClientErrorNotACrash() {
    ApplicationLoadBalancerResponseEvent response =
        handler.handleRequest(new ApplicationLoadBalancerRequestEvent(), null);
    assertThat(response.getStatusCode()).isEqualTo(405);
  }

  @Test
  void primingRequestsWriteNothing() {
    TrafficRouter router = TestRouters.over(store, new ByteArrayOutputStream());
    SnapStartPriming.prime(router);
    assertThat(store.writes()).isZero();
  }

  private ApplicationLoadBalancerResponseEvent handle(String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/alb/" + fixture)) {
      return handler.handleRequest(EVENTS.readValue(in, ApplicationLoadBalancerRequestEvent.class), null);
    }
  }
}
