package io.drkit.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import io.drkit.workflows.validation.DefinitionValidator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's state machines: valid, and every placeholder one a deployment fills. */
class ProductDefinitionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void eachDefinitionIsValidOnceItsPlaceholdersAreFilled(String name) {
    Map<String, String> values = new HashMap<>();
    Definitions.placeholders(name).forEach(p -> values.put(p, p.endsWith("StateMachine")
        ? "arn:aws:states:ap-south-1:123456789012:stateMachine:" + p
        : "arn:aws:lambda:ap-south-1:123456789012:function:" + p));
    var definition = Json.parse(Definitions.filled(name, values));
    assertThat(DefinitionValidator.validate(definition)).isEmpty();
    assertThat(definition.path("TimeoutSeconds").asLong()).as("no workflow can hang").isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyTaskRetriesAndIsCaught(String name) {
    var definition = Json.parse(Definitions.raw(name).replaceAll("\\$\\{[A-Za-z]+}", "arn:aws:lambda:x:1:function:f"));
    definition.path("States").properties().forEach(state -> {
      var body = state.getValue();
      if (body.path("Type").asText().equals("Task")) {
        assertThat(body.has("Retry")).as(name + "." + state.getKey() + " retries").isTrue();
        assertThat(body.has("Catch")).as(name + "." + state.getKey() + " is caught").isTrue();
        assertThat(body.has("TimeoutSeconds")).as(name + "." + state.getKey() + " times out").isTrue();
      }
    });
  }
}
