package io.drkit.workflows.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.engine.Execution;
import io.drkit.workflows.engine.ExecutionInfo;
import io.drkit.workflows.engine.StateMachine;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.MockedResponses;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a conformance corpus (one recorded execution per line) on the local engine, with Task states answered by the
 * recorded mocks and time on a virtual clock, and scores each case against its recording.
 */
public final class ConformanceRunner {

  private ConformanceRunner() {}

  public static List<ConformanceCase> read(Path corpus) {
    try {
      List<ConformanceCase> cases = new ArrayList<>();
      for (String line : Files.readAllLines(corpus)) {
        if (!line.isBlank()) {
          cases.add(ConformanceCase.of(Json.parse(line)));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus " + corpus, e);
    }
  }

  public static List<CaseResult> run(List<ConformanceCase> cases) {
    List<CaseResult> results = new ArrayList<>(cases.size());
    for (ConformanceCase c : cases) {
      results.add(run(c));
    }
    return results;
  }

  public static CaseResult run(ConformanceCase c) {
    ExecutionDescription actual;
    try {
      StateMachine machine = StateMachine.parse(c.definition());
      Instant start = Instant.now();
      ExecutionInfo info = new ExecutionInfo(
          "arn:aws:states:us-east-1:111111111111:execution:conformance:" + Math.abs(c.id().hashCode()),
          "conformance-" + Math.abs(c.id().hashCode()),
          "arn:aws:states:us-east-1:111111111111:stateMachine:conformance",
          "conformance", "arn:aws:iam::111111111111:role/conformance", c.input(), start);
      actual = new Execution(info, machine, dispatcher(c), EngineClock.virtual(start)).run();
    } catch (RuntimeException e) {
      return new CaseResult(c, null, false, "the engine could not run it: " + e);
    }
    return score(c, actual);
  }

  private static TaskDispatcher dispatcher(ConformanceCase c) {
    if (c.taskMocks() == null || !c.taskMocks().isObject()) {
      return TaskDispatcher.none();
    }
    Map<String, JsonNode> byState = new LinkedHashMap<>();
    c.taskMocks().properties().forEach(e -> byState.put(e.getKey(), e.getValue()));
    return MockedResponses.of(byState);
  }

  static CaseResult score(ConformanceCase c, ExecutionDescription actual) {
    ExpectedMatcher matcher = new ExpectedMatcher(c.placeholders());
    JsonNode expected = c.expected();
    String expectedStatus = expected.path("status").asText();
    if (!expectedStatus.equals(actual.status().name())) {
      return new CaseResult(c, actual, false, "status " + actual.status() + ", expected " + expectedStatus);
    }
    if (actual.status() == ExecutionStatus.SUCCEEDED) {
      boolean same = matcher.matches(expected.get("output"), actual.output().orElse(Json.NODES.nullNode()));
      return new CaseResult(c, actual, same, same ? null : "output differs");
    }
    JsonNode error = expected.get("error");
    String expectedError = error == null || error.isNull() ? null : error.asText();
    if (expectedError == null ? actual.error().isPresent() : !expectedError.equals(actual.error().orElse(null))) {
      return new CaseResult(c, actual, false, "error " + actual.error().orElse(null) + ", expected " + expectedError);
    }
    boolean causeMatches = matcher.causeMatches(expected.get("cause"), actual.cause().orElse(null));
    return new CaseResult(c, actual, causeMatches, causeMatches ? null : "cause differs");
  }
}
