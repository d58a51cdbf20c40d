package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java handlers registered by Lambda function name. Answers legacy Lambda ARNs (the result is the handler's
 * output) and {@code arn:aws:states:::lambda:invoke} (the result wraps it as {@code Payload} with a
 * {@code StatusCode}, the way the integration does).
 */
public final class JavaHandlers implements TaskDispatcher {

  private final Map<String, TaskHandler> byFunctionName = new ConcurrentHashMap<>();

  public JavaHandlers register(String functionName, TaskHandler handler) {
    byFunctionName.put(functionName, handler);
    return this;
  }

  @Override
  public Optional<JsonNode> dispatch(TaskRequest request) {
    if (Resources.isLambdaInvoke(request.resource())) {
      JsonNode name = request.input().get("FunctionName");
      if (name == null || !name.isTextual()) {
        return Optional.empty();
      }
      return handler(name.textValue()).map(handler -> {
        JsonNode payload = request.input().has("Payload") ? request.input().get("Payload") : Json.object();
        ObjectNode response = Json.object();
        response.put("ExecutedVersion", "$LATEST");
        response.set("Payload", call(handler, payload));
        response.put("StatusCode", 200);
        return response;
      });
    }
    return Resources.functionName(request.resource())
        .filter(n -> Resources.isLegacyLambda(request.resource()) || !request.resource().startsWith("arn:"))
        .flatMap(this::handler)
        .map(handler -> call(handler, request.input()));
  }

  private Optional<TaskHandler> handler(String functionNameOrArn) {
    return Resources.functionName(functionNameOrArn).map(byFunctionName::get);
  }

  private static JsonNode call(TaskHandler handler, JsonNode input) {
    try {
      JsonNode output = handler.handle(input.deepCopy());
      return output == null ? Json.NODES.nullNode() : output;
    } catch (StatesError e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError("States.Timeout", "interrupted");
    } catch (Exception e) {
      // Lambda's Java runtime reports the exception's class as the error name
      ObjectNode cause = Json.object();
      cause.put("errorMessage", String.valueOf(e.getMessage()));
      cause.put("errorType", e.getClass().getName());
      throw new StatesError(e.getClass().getName(), Json.write(cause));
    }
  }
}
