package io.drkit.workflows.intrinsics;

import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an intrinsic function call such as {@code States.Format('{} {}', $.a, States.UUID())}: string literals
 * in single quotes with {@code \'}, {@code \{}, {@code \}} and {@code \\} escapes, numbers, booleans, null, paths and
 * nested calls.
 */
public final class IntrinsicParser {

  /** One argument or a whole call. */
  public sealed interface Node permits Call, Literal, PathArgument {}

  public record Call(String function, List<Node> arguments) implements Node {}

  /** A string, number, boolean or null literal; strings keep their escapes resolved except {@code \{ \}}. */
  public record Literal(Object value, String raw) implements Node {}

  public record PathArgument(String path) implements Node {}

  private final String text;
  private int at;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  public static boolean isIntrinsic(String text) {
    return text.startsWith("States.") && text.contains("(");
  }

  public static Call parse(String text) {
    IntrinsicParser parser = new IntrinsicParser(text.strip());
    Call call = parser.call();
    parser.skipSpaces();
    if (parser.at != parser.text.length()) {
      throw parser.error("unexpected text after the call");
    }
    return call;
  }

  private Call call() {
    int start = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
      at++;
    }
    String name = text.substring(start, at);
    if (!name.startsWith("States.")) {
      throw error("a function name must start with 'States.'");
    }
    skipSpaces();
    expect('(');
    List<Node> arguments = new ArrayList<>();
    skipSpaces();
    if (peek() == ')') {
      at++;
      return new Call(name, arguments);
    }
    while (true) {
      skipSpaces();
      arguments.add(argument());
      skipSpaces();
      char c = next();
      if (c == ')') {
        return new Call(name, arguments);
      }
      if (c != ',') {
        throw error("expected ',' or ')'");
      }
    }
  }

  private Node argument() {
    char c = peek();
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (text.startsWith("States.", at)) {
      return call();
    }
    int start = at;
    while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != ')') {
      at++;
    }
    String token = text.substring(start, at).strip();
    switch (token) {
      case "true":
        return new Literal(Boolean.TRUE, token);
      case "false":
        return new Literal(Boolean.FALSE, token);
      case "null":
        return new Literal(null, token);
      default:
        try {
          return new Literal(new BigDecimal(token), token);
        } catch (NumberFormatException e) {
          throw error("'" + token + "' is not a valid argument");
        }
    }
  }

  private Literal string() {
    int start = at;
    expect('\'');
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '\\') {
        if (at >= text.length()) {
          throw error("unterminated escape");
        }
        char escaped = text.charAt(at++);
        if (escaped == '{' || escaped == '}') {
          value.append('\\'); // kept for States.Format, which resolves them
        }
        value.append(escaped);
      } else if (c == '\'') {
        return new Literal(value.toString(), text.substring(start, at));
      } else {
        value.append(c);
      }
    }
  }

  private PathArgument path() {
    int start = at;
    int depth = 0;
    char quote = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      at++;
    }
    return new PathArgument(text.substring(start, at).strip());
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private char next() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(at++);
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private StatesError error(String what) {
    return new StatesError(ErrorNames.INTRINSIC_FAILURE,
        "Invalid intrinsic function '" + text + "' at position " + at + ": " + what);
  }
}
