package io.drkit.workflows.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reference paths and JSONPath as Step Functions evaluates them: {@code $...} on the state's input,
 * {@code $$...} on the context object, {@code $name...} on a variable.
 */
public final class Paths {

  private static final Configuration CONFIGURATION = Configuration.builder()
      .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
      .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
      .options(EnumSet.noneOf(Option.class))
      .build();
  private static final Map<String, JsonPath> COMPILED = new ConcurrentHashMap<>();
  private static final Pattern VARIABLE = Pattern.compile("^\\$([A-Za-z_][A-Za-z0-9_]*)(.*)$", Pattern.DOTALL);

  private Paths() {}

  /** What a path reads from: the input, the context object and the variables in scope. */
  public interface Scope {
    JsonNode input();

    JsonNode context();

    Optional<JsonNode> variable(String name);
  }

  public static boolean isPath(String text) {
    return text.startsWith("$");
  }

  /** Reads a path; a path that selects nothing is an error that names it. */
  public static JsonNode read(String path, Scope scope) {
    return find(path, scope).orElseThrow(() -> new StatesError(ErrorNames.RUNTIME,
        "The JSONPath '" + path + "' could not be found in the input '" + Json.write(scope.input()) + "'"));
  }

  /** Reads a path; empty when it selects nothing. */
  public static Optional<JsonNode> find(String path, Scope scope) {
    if (path.startsWith("$$")) {
      return select(path.substring(1), scope.context());
    }
    var variable = VARIABLE.matcher(path);
    if (variable.matches()) {
      String name = variable.group(1);
      JsonNode value = scope.variable(name).orElseThrow(() -> new StatesError(ErrorNames.RUNTIME,
          "Invalid path '" + path + "': The variable '$" + name + "' was not found"));
      String rest = variable.group(2);
      return rest.isEmpty() ? Optional.of(value) : select("$" + rest, value);
    }
    return select(path, scope.input());
  }

  /** Evaluates a JSONPath on a document. */
  public static Optional<JsonNode> select(String path, JsonNode document) {
    if (path.equals("$")) {
      return Optional.of(document);
    }
    try {
      return Optional.of(selectOrExplain(path, document));
    } catch (PathNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Evaluates a JSONPath; a definite path that selects nothing throws the library's own explanation. */
  public static JsonNode selectOrExplain(String path, JsonNode document) {
    if (path.equals("$")) {
      return document;
    }
    JsonPath compiled = compile(path);
    try {
      JsonNode result = compiled.read(document, CONFIGURATION);
      return result == null ? Json.NODES.nullNode() : result;
    } catch (PathNotFoundException e) {
      if (!compiled.isDefinite()) {
        return Json.NODES.arrayNode(); // a wildcard or slice over nothing selects an empty list
      }
      throw e;
    } catch (RuntimeException e) {
      throw new PathNotFoundException(String.valueOf(e.getMessage()));
    }
  }

  /** A path that must select something, else AWS's "Invalid path" runtime error. */
  public static JsonNode require(String path, Scope scope) {
    if (path.startsWith("$$")) {
      return find(path, scope).orElseThrow(() -> StatesError.runtime("Invalid path '" + path + "' : No results for path"));
    }
    var variable = VARIABLE.matcher(path);
    if (variable.matches()) {
      return find(path, scope).orElseThrow(() -> StatesError.runtime("Invalid path '" + path + "' : No results for path"));
    }
    try {
      return selectOrExplain(path, scope.input());
    } catch (PathNotFoundException e) {
      throw StatesError.runtime("Invalid path '" + path + "' : " + e.getMessage());
    }
  }

  public static JsonPath compile(String path) {
    return COMPILED.computeIfAbsent(path, p -> {
      try {
        return JsonPath.compile(p);
      } catch (InvalidPathException e) {
        throw new StatesError(ErrorNames.RUNTIME, "Invalid JSONPath '" + p + "': " + e.getMessage());
      }
    });
  }

  /**
   * ResultPath: places {@code result} into a copy of {@code input} at a reference path such as {@code $.a.b} or
   * {@code $.a[0]}; {@code $} replaces the input; intermediate objects are created.
   */
  public static JsonNode merge(JsonNode input, String resultPath, JsonNode result) {
    if (resultPath.equals("$")) {
      return result;
    }
    if (!resultPath.startsWith("$")) {
      throw StatesError.runtime("Invalid ResultPath '" + resultPath + "'");
    }
    JsonNode root = input.deepCopy();
    if (!root.isObject()) {
      throw new StatesError(ErrorNames.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ResultPath \"" + resultPath + "\" to input " + Json.write(input));
    }
    var steps = ReferencePath.parse(resultPath);
    JsonNode node = root;
    for (int i = 0; i < steps.size(); i++) {
      ReferencePath.Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step.isField()) {
        if (!node.isObject()) {
          throw new StatesError(ErrorNames.RESULT_PATH_MATCH_FAILURE,
              "Unable to apply ResultPath \"" + resultPath + "\" to input " + Json.write(input));
        }
        ObjectNode object = (ObjectNode) node;
        if (last) {
          object.set(step.field(), result);
        } else {
          JsonNode next = object.get(step.field());
          if (next == null || next.isNull()) {
            next = Json.object(); // ResultPath creates the objects on its way
            object.set(step.field(), next);
          }
          node = next;
        }
      } else {
        if (!node.isArray() || step.index() >= node.size()) {
          throw new StatesError(ErrorNames.RESULT_PATH_MATCH_FAILURE,
              "Unable to apply ResultPath \"" + resultPath + "\" to input " + Json.write(input));
        }
        ArrayNode array = (ArrayNode) node;
        if (last) {
          array.set(step.index(), result);
        } else {
          node = array.get(step.index());
        }
      }
    }
    return root;
  }
}
