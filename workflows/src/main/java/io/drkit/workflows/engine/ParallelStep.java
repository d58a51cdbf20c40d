package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.drkit.workflows.history.History;
import io.drkit.workflows.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
      if (!interpreter.clock().isReal() || branches.size() <= 1) {
        for (StateMachine branch : branches) {
          outputs.add(interpreter.run(branch, input, call.variables().child(), history.lastId()).output());
        }
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(branches.size());
        try {
          List<Future<JsonNode>> futures = new ArrayList<>();
          for (StateMachine branch : branches) {
            futures.add(pool.submit(() ->
                interpreter.run(branch, input, call.variables().child(), history.lastId()).output()));
          }
          for (Future<JsonNode> future : futures) {
            outputs.add(future.get());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StatesError(EngineErrors.ABORTED, "interrupted");
        } catch (ExecutionException e) {
          throw e.getCause() instanceof StatesError error ? error : new IllegalStateException(e.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
    } catch (StatesError error) {
      history.add(history.lastId(), "ParallelStateFailed", null, null);
      throw error;
    }
    history.add(history.lastId(), "ParallelStateSucceeded", null, null);
    return outputs;
  }
}
