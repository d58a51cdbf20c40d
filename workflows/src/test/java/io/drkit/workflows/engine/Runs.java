package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.history.HistoryEvent;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.time.Instant;
import java.util.List;

/** Runs a definition on the virtual clock and keeps what a test asserts on. */
record Runs(ExecutionDescription result, List<HistoryEvent> history) {

  static final Instant START = Instant.parse("2026-11-26T00:00:00Z");

  static Runs of(String definition, String input) {
    return of(definition, input, TaskDispatcher.none());
  }

  static Runs of(String definition, String input, TaskDispatcher tasks) {
    ExecutionInfo info = new ExecutionInfo("arn:aws:states:ap-south-1:123456789012:execution:test:run-1", "run-1",
        "arn:aws:states:ap-south-1:123456789012:stateMachine:test", "test",
        "arn:aws:iam::123456789012:role/test", Json.parse(input), START);
    Execution execution = new Execution(info, StateMachine.parse(Json.parse(definition)), tasks,
        EngineClock.virtual(START));
    return new Runs(execution.run(), execution.history());
  }

  JsonNode output() {
    return result.output().orElseThrow(() -> new AssertionError("no output: " + result.summary()));
  }

  String error() {
    return result.error().orElse(null);
  }

  String cause() {
    return result.cause().orElse(null);
  }

  List<String> types() {
    return history.stream().map(HistoryEvent::type).toList();
  }

  /** The time of the first event of a type. */
  Instant at(String type) {
    return history.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow().timestamp();
  }

  /** JSON equality as JSON means it: 3 and 3.0 and a long 3 are the same number. */
  static void assertJson(JsonNode actual, String expected) {
    org.assertj.core.api.Assertions.assertThat(Json.write(normalized(actual)))
        .isEqualTo(Json.write(normalized(Json.parse(expected))));
  }

  private static JsonNode normalized(JsonNode node) {
    return Json.parse(Json.write(node).replaceAll("(?<=[\\[,:])(-?\\d+)\\.0+(?=[,\\]}])", "$1"));
  }

  static JsonNode json(String text) {
    return Json.parse(text);
  }
}
