package io.drkit.workflows.jsonpath;

import io.drkit.workflows.engine.StatesError;
import java.util.ArrayList;
import java.util.List;

/** A reference path, the JSONPath subset that names one node: {@code $.a.b}, {@code $['a b']}, {@code $.a[2]}. */
final class ReferencePath {

  /** A field name, or an array index when {@code field} is null. */
  record Step(String field, int index) {
    boolean isField() {
      return field != null;
    }
  }

  private ReferencePath() {}

  static List<Step> parse(String path) {
    List<Step> steps = new ArrayList<>();
    int i = 1; // after '$'
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == i + 1) {
          throw invalid(path);
        }
        steps.add(new Step(path.substring(i + 1, end), -1));
        i = end;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw invalid(path);
        }
        String inside = path.substring(i + 1, close).trim();
        if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
            || inside.startsWith("\"") && inside.endsWith("\""))) {
          steps.add(new Step(inside.substring(1, inside.length() - 1), -1));
        } else {
          try {
            steps.add(new Step(null, Integer.parseInt(inside)));
          } catch (NumberFormatException e) {
            throw invalid(path);
          }
        }
        i = close + 1;
      } else {
        throw invalid(path);
      }
    }
    return steps;
  }

  private static StatesError invalid(String path) {
    return StatesError.runtime("Invalid reference path '" + path + "'");
  }

  /** The steps as the JSONPath library prints them: {@code $['a'][0]}. */
  static String bracketed(List<Step> steps) {
    StringBuilder out = new StringBuilder("$");
    for (Step step : steps) {
      out.append(step.isField() ? "['" + step.field() + "']" : "[" + step.index() + "]");
    }
    return out.toString();
  }
}
