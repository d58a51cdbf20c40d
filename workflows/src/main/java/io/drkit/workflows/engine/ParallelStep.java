package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.drkit.workflows.history.History;
import io.drkit.workflows.internal.Json;
import java.util.ArrayList;
import java.util.List;

/** Parallel: every branch gets the effective input; the result is the branches' outputs in order. */
final class ParallelStep {

  private final Interpreter interpreter;
  private final StateMachine machine;
  private final StateCall call;

  ParallelStep(Interpreter interpreter, StateMachine machine, StateCall call) {
    this.interpreter = interpreter;
    this.machine = machine;
    this.call = call;
  }

  InputOutput.Outcome run() {
    return InputOutput.process(call, this::runBranches);
  }

  private JsonNode runBranches(JsonNode input) {
    List<StateMachine> branches = new ArrayList<>();
    call.field("Branches").forEach(b -> branches.add(StateMachine.parse(b, machine.language())));
    History history = interpreter.history();
    history.add(history.lastId(), "ParallelStateStarted", null, null);
    ArrayNode outputs = Json.NODES.arrayNode();
    try {
      List<java.util.concurrent.Callable<JsonNode>> runs = new ArrayList<>();
      for (StateMachine branch : branches) {
        runs.add(() -> interpreter.run(branch, input, call.variables().child(), history.lastId()).output());
      }
      Branches.run(runs, branches.size(), interpreter.clock().isReal()).forEach(outputs::add);
    } catch (StatesError error) {
      history.add(history.lastId(), "ParallelStateFailed", null, null);
      throw error;
    }
    history.add(history.lastId(), "ParallelStateSucceeded", null, null);
    return outputs;
  }
}
