package io.drkit.workflows.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskDispatchTest {

  private final JavaHandlers handlers = new JavaHandlers()
      .register("assess", input -> Json.parse("{\"healthy\":" + input.path("region").asText().equals("b") + "}"))
      .register("broken", input -> {
        throw new IllegalStateException("no table");
      });

  @Test
  void aLegacyFunctionArnGetsTheHandlersOutput() {
    JsonNode result = handlers.dispatch(new TaskRequest("S", "arn:aws:lambda:ap-south-1:123456789012:function:assess:live",
        Json.parse("{\"region\":\"b\"}"), 0)).orElseThrow();
    assertThat(result).isEqualTo(Json.parse("{\"healthy\":true}"));
  }

  @Test
  void lambdaInvokeWrapsTheOutputAsPayloadWithAStatusCode() {
    JsonNode result = handlers.dispatch(new TaskRequest("S", "arn:aws:states:::lambda:invoke",
        Json.parse("{\"FunctionName\":\"arn:aws:lambda:ap-south-1:123456789012:function:assess\","
            + "\"Payload\":{\"region\":\"a\"}}"), 0)).orElseThrow();
    assertThat(result.get("Payload")).isEqualTo(Json.parse("{\"healthy\":false}"));
    assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
  }

  @Test
  void anUnknownFunctionIsDeclinedForTheNextDispatcher() {
    assertThat(handlers.dispatch(new TaskRequest("S", "arn:aws:lambda:ap-south-1:1:function:other", Json.object(), 0)))
        .isEmpty();
  }

  @Test
  void aHandlersExceptionBecomesAnErrorNamedByItsClass() {
    assertThatThrownBy(() -> handlers.dispatch(new TaskRequest("S", "arn:aws:lambda:ap-south-1:1:function:broken",
        Json.object(), 0)))
        .isInstanceOfSatisfying(StatesError.class, e -> {
          assertThat(e.error()).isEqualTo("java.lang.IllegalStateException");
          assertThat(e.cause()).contains("no table");
        });
  }

  @Test
  void aMockConfigFileAnswersByInvocationRanges(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mocks.json"), """
        {"StateMachines":{"failover":{"TestCases":{"Flaky":{"Fence":"FailTwice"}}}},
         "MockedResponses":{"FailTwice":{"0-1":{"Throw":{"Error":"DR.FenceFailed","Cause":"busy"}},
                                         "2":{"Return":{"fenced":true}}}}}""");
    MockedResponses mocks = MockedResponses.fromFile(file, "failover", "Flaky");
    for (int i = 0; i < 2; i++) {
      int invocation = i;
      assertThatThrownBy(() -> mocks.dispatch(new TaskRequest("Fence", "r", Json.object(), invocation)))
          .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo("DR.FenceFailed"));
    }
    assertThat(mocks.dispatch(new TaskRequest("Fence", "r", Json.object(), 2))).contains(Json.parse("{\"fenced\":true}"));
    assertThat(mocks.dispatch(new TaskRequest("Other", "r", Json.object(), 0))).as("unmocked state").isEmpty();
    assertThatThrownBy(() -> mocks.dispatch(new TaskRequest("Fence", "r", Json.object(), 3)))
        .hasMessageContaining("No mocked response for invocation 3");
    assertThatThrownBy(() -> MockedResponses.fromFile(file, "failover", "Missing"))
        .hasMessageContaining("test case 'Missing'").hasMessageContaining("Flaky");
  }
}
