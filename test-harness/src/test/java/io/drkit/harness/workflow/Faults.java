package io.drkit.harness.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.tasks.TaskDispatcher;
import io.drkit.workflows.tasks.TaskRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Injects task failures by state: the first N calls of a state fail with an error, the rest reach the activity. */
final class Faults implements TaskDispatcher {

  private record Fault(String error, int times) {}

  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  static Faults none() {
    return new Faults();
  }

  Faults fail(String state, String error, int times) {
    faults.put(state, new Fault(error, times));
    return this;
  }

  int calls(String state) {
    return calls.getOrDefault(state, new AtomicInteger()).get();
  }

  @Override
  public Optional<JsonNode> dispatch(TaskRequest request) {
    int call = calls.computeIfAbsent(request.stateName(), s -> new AtomicInteger()).getAndIncrement();
    Fault fault = faults.get(request.stateName());
    if (fault != null && call < fault.times()) {
      throw new StatesError(fault.error(), "injected failure " + (call + 1) + " of " + fault.times());
    }
    return Optional.empty();
  }
}
