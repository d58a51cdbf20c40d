package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Task results from a Step Functions Local MockConfigFile: {@code StateMachines -> name -> TestCases -> case ->
 * state -> response name}, {@code MockedResponses -> name -> {"0": {"Return": ...}, "1-2": {"Throw": {...}}}}.
 * An invocation outside every range of a mocked state fails the execution, as Step Functions Local does.
 */
public final class MockedResponses implements TaskDispatcher {

  /** The responses of one state, by invocation range. */
  record Responses(List<Range> ranges) {}

  record Range(int from, int to, JsonNode response) {}

  private final Map<String, Responses> byState;

  private MockedResponses(Map<String, Responses> byState) {
    this.byState = byState;
  }

  /** Reads a MockConfigFile and picks one test case of one state machine. */
  public static MockedResponses fromFile(Path file, String stateMachineName, String testCase) {
    JsonNode config = Json.read(file);
    JsonNode cases = config.path("StateMachines").path(stateMachineName).path("TestCases");
    if (!cases.isObject()) {
      throw new IllegalArgumentException("the mock config " + file + " has no StateMachines." + stateMachineName
          + ".TestCases");
    }
    JsonNode mapping = cases.get(testCase);
    if (mapping == null || !mapping.isObject()) {
      List<String> known = new ArrayList<>();
      cases.fieldNames().forEachRemaining(known::add);
      throw new IllegalArgumentException("test case '" + testCase + "' is not in " + file + " (it has " + known + ")");
    }
    Map<String, JsonNode> byState = new LinkedHashMap<>();
    mapping.properties().forEach(e -> {
      JsonNode response = config.path("MockedResponses").get(e.getValue().asText());
      if (response == null) {
        throw new IllegalArgumentException("MockedResponses has no '" + e.getValue().asText() + "' (used by state "
            + e.getKey() + ")");
      }
      byState.put(e.getKey(), response);
    });
    return of(byState);
  }

  /** Responses by state name, each in the MockedResponses shape. */
  public static MockedResponses of(Map<String, JsonNode> responsesByState) {
    Map<String, Responses> parsed = new LinkedHashMap<>();
    responsesByState.forEach((state, response) -> parsed.put(state, parse(state, response)));
    return new MockedResponses(parsed);
  }

  @Override
  public Optional<JsonNode> dispatch(TaskRequest request) {
    Responses responses = byState.get(request.stateName());
    if (responses == null) {
      return Optional.empty();
    }
    for (Range range : responses.ranges()) {
      if (request.invocation() >= range.from() && request.invocation() <= range.to()) {
        JsonNode answer = answer(range.response());
        return Optional.of(Resources.isLegacyLambda(request.resource()) ? lambdaPayload(answer) : answer);
      }
    }
    throw StatesError.runtime("No mocked response for invocation " + request.invocation() + " of state '"
        + request.stateName() + "'");
  }

  /** A function's response is JSON text: a mocked string that holds JSON is what the function returned. */
  private static JsonNode lambdaPayload(JsonNode answer) {
    if (!answer.isTextual()) {
      return answer;
    }
    try {
      return Json.parse(answer.textValue());
    } catch (IllegalArgumentException notJson) {
      return answer;
    }
  }

  private static JsonNode answer(JsonNode response) {
    if (response.has("Throw")) {
      JsonNode thrown = response.get("Throw");
      JsonNode cause = thrown.get("Cause");
      String causeText = cause == null || cause.isNull() ? null : cause.isTextual() ? cause.textValue() : Json.write(cause);
      throw new StatesError(thrown.path("Error").asText(), causeText);
    }
    return response.has("Return") ? response.get("Return").deepCopy() : Json.NODES.nullNode();
  }

  private static Responses parse(String state, JsonNode response) {
    List<Range> ranges = new ArrayList<>();
    response.properties().forEach(e -> {
      String key = e.getKey().strip();
      try {
        int dash = key.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash).strip());
        int to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1).strip());
        ranges.add(new Range(from, to, e.getValue()));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("mocked response of state " + state + ": '" + key
            + "' is not an invocation number or range such as 0 or 1-3");
      }
    });
    return new Responses(ranges);
  }
}
