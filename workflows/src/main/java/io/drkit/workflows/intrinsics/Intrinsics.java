package io.drkit.workflows.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import io.drkit.workflows.jsonpath.Paths;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The {@code States.*} intrinsic functions, with AWS's argument rules. */
public final class Intrinsics {

  private static final int MAX_RANGE_ITEMS = 1000;
  private static final int MAX_BASE64_INPUT = 10_000;
  private static final Map<String, String> HASHES = Map.of(
      "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

  private static final Map<String, Function<List<JsonNode>, JsonNode>> FUNCTIONS = Map.ofEntries(
      Map.entry("States.Format", Intrinsics::format),
      Map.entry("States.StringToJson", Intrinsics::stringToJson),
      Map.entry("States.JsonToString", args -> Json.NODES.textNode(Json.write(one(args, "States.JsonToString")))),
      Map.entry("States.Array", args -> {
        ArrayNode array = Json.NODES.arrayNode();
        args.forEach(array::add);
        return array;
      }),
      Map.entry("States.ArrayPartition", Intrinsics::arrayPartition),
      Map.entry("States.ArrayContains", args -> {
        count(args, 2, "States.ArrayContains");
        ArrayNode array = array(args.get(0), "States.ArrayContains");
        for (JsonNode element : array) {
          if (element.equals(args.get(1))) {
            return Json.NODES.booleanNode(true);
          }
        }
        return Json.NODES.booleanNode(false);
      }),
      Map.entry("States.ArrayRange", Intrinsics::arrayRange),
      Map.entry("States.ArrayGetItem", args -> {
        count(args, 2, "States.ArrayGetItem");
        ArrayNode array = array(args.get(0), "States.ArrayGetItem");
        int index = integer(args.get(1), "States.ArrayGetItem").intValueExact();
        if (index < 0 || index >= array.size()) {
          throw failure("States.ArrayGetItem", "index " + index + " is out of bounds for an array of " + array.size());
        }
        return array.get(index);
      }),
      Map.entry("States.ArrayLength", args -> Json.NODES.numberNode(
          array(one(args, "States.ArrayLength"), "States.ArrayLength").size())),
      Map.entry("States.ArrayUnique", args -> {
        Set<JsonNode> unique = new LinkedHashSet<>();
        array(one(args, "States.ArrayUnique"), "States.ArrayUnique").forEach(unique::add);
        ArrayNode result = Json.NODES.arrayNode();
        unique.forEach(result::add);
        return result;
      }),
      Map.entry("States.Base64Encode", args -> {
        String text = text(one(args, "States.Base64Encode"), "States.Base64Encode");
        limit(text, "States.Base64Encode");
        return Json.NODES.textNode(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
      }),
      Map.entry("States.Base64Decode", args -> {
        String text = text(one(args, "States.Base64Decode"), "States.Base64Decode");
        limit(text, "States.Base64Decode");
        try {
          return Json.NODES.textNode(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw failure("States.Base64Decode", "the input is not valid base64");
        }
      }),
      Map.entry("States.Hash", Intrinsics::hash),
      Map.entry("States.JsonMerge", Intrinsics::jsonMerge),
      Map.entry("States.MathRandom", Intrinsics::mathRandom),
      Map.entry("States.MathAdd", args -> {
        count(args, 2, "States.MathAdd");
        // AWS rounds each operand to an integer (half up) before adding
        long sum = Math.round(number(args.get(0), "States.MathAdd").doubleValue())
            + Math.round(number(args.get(1), "States.MathAdd").doubleValue());
        return Json.NODES.numberNode(sum);
      }),
      Map.entry("States.StringSplit", args -> {
        count(args, 2, "States.StringSplit");
        String text = text(args.get(0), "States.StringSplit");
        String delimiters = text(args.get(1), "States.StringSplit");
        ArrayNode parts = Json.NODES.arrayNode();
        var tokens = new java.util.StringTokenizer(text, delimiters);
        while (tokens.hasMoreTokens()) {
          parts.add(tokens.nextToken());
        }
        return parts;
      }),
      Map.entry("States.UUID", args -> {
        count(args, 0, "States.UUID");
        return Json.NODES.textNode(UUID.randomUUID().toString());
      }));

  private Intrinsics() {}

  /** Evaluates a call such as {@code States.Format('{}', $.a)} against the scope. */
  public static JsonNode evaluate(String expression, Paths.Scope scope) {
    return evaluate(IntrinsicParser.parse(expression), scope);
  }

  static JsonNode evaluate(IntrinsicParser.Node node, Paths.Scope scope) {
    if (node instanceof IntrinsicParser.Literal literal) {
      Object value = literal.value();
      if (value == null) {
        return Json.NODES.nullNode();
      }
      if (value instanceof Boolean b) {
        return Json.NODES.booleanNode(b);
      }
      if (value instanceof BigDecimal d) {
        return numberNode(d);
      }
      return Json.NODES.textNode((String) value);
    }
    if (node instanceof IntrinsicParser.PathArgument path) {
      return Paths.read(path.path(), scope);
    }
    IntrinsicParser.Call call = (IntrinsicParser.Call) node;
    Function<List<JsonNode>, JsonNode> function = FUNCTIONS.get(call.function());
    if (function == null) {
      throw new StatesError(ErrorNames.INTRINSIC_FAILURE, "The intrinsic function '" + call.function()
          + "' is not supported");
    }
    List<JsonNode> arguments = new ArrayList<>();
    for (IntrinsicParser.Node argument : call.arguments()) {
      JsonNode value = evaluate(argument, scope);
      // escapes \{ \} only mean something to States.Format; elsewhere they are plain braces
      if (!call.function().equals("States.Format") && argument instanceof IntrinsicParser.Literal && value.isTextual()) {
        value = Json.NODES.textNode(value.textValue().replace("\\{", "{").replace("\\}", "}"));
      }
      arguments.add(value);
    }
    return function.apply(arguments);
  }

  private static JsonNode format(List<JsonNode> args) {
    if (args.isEmpty()) {
      throw failure("States.Format", "needs a template");
    }
    String template = text(args.get(0), "States.Format");
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length() && (template.charAt(i + 1) == '{' || template.charAt(i + 1) == '}')) {
        out.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        if (next >= args.size()) {
          throw failure("States.Format", "the template has more placeholders than arguments");
        }
        JsonNode value = args.get(next++);
        out.append(formatted(value));
        i++;
      } else {
        out.append(c);
      }
    }
    if (next != args.size()) {
      throw failure("States.Format", "the template has fewer placeholders than arguments");
    }
    return Json.NODES.textNode(out.toString());
  }

  /** How States.Format prints a value: text as is, containers as Java prints maps and lists. */
  private static String formatted(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isObject()) {
      List<String> entries = new ArrayList<>();
      value.properties().forEach(e -> entries.add(e.getKey() + "=" + formatted(e.getValue())));
      return "{" + String.join(", ", entries) + "}";
    }
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(e -> elements.add(formatted(e)));
      return "[" + String.join(", ", elements) + "]";
    }
    return value.isNull() ? "null" : value.asText();
  }

  private static JsonNode stringToJson(List<JsonNode> args) {
    String text = text(one(args, "States.StringToJson"), "States.StringToJson");
    if (text.isBlank()) {
      return Json.NODES.nullNode();
    }
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw failure("States.StringToJson", "the string is not JSON: " + text);
    }
  }

  private static JsonNode arrayPartition(List<JsonNode> args) {
    count(args, 2, "States.ArrayPartition");
    ArrayNode array = array(args.get(0), "States.ArrayPartition");
    int size = integer(args.get(1), "States.ArrayPartition").intValueExact();
    if (size <= 0) {
      throw failure("States.ArrayPartition", "the chunk size must be positive");
    }
    ArrayNode chunks = Json.NODES.arrayNode();
    ArrayNode chunk = null;
    for (JsonNode element : array) {
      if (chunk == null || chunk.size() == size) {
        chunk = chunks.addArray();
      }
      chunk.add(element);
    }
    return chunks;
  }

  private static JsonNode arrayRange(List<JsonNode> args) {
    count(args, 3, "States.ArrayRange");
    long start = integer(args.get(0), "States.ArrayRange").longValueExact();
    long end = integer(args.get(1), "States.ArrayRange").longValueExact();
    long step = integer(args.get(2), "States.ArrayRange").longValueExact();
    if (step == 0) {
      throw failure("States.ArrayRange", "the step must not be 0");
    }
    ArrayNode range = Json.NODES.arrayNode();
    for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
      if (range.size() == MAX_RANGE_ITEMS) {
        throw failure("States.ArrayRange", "the range has more than " + MAX_RANGE_ITEMS + " items");
      }
      range.add(v);
    }
    return range;
  }

  private static JsonNode hash(List<JsonNode> args) {
    count(args, 2, "States.Hash");
    JsonNode data = args.get(0);
    if (data.isNull()) {
      throw failure("States.Hash", "the data must not be null");
    }
    String algorithm = text(args.get(1), "States.Hash");
    String name = HASHES.get(algorithm);
    if (name == null) {
      throw failure("States.Hash", "the hash algorithm '" + algorithm + "' is not one of " + HASHES.keySet());
    }
    String input = data.isTextual() ? data.textValue() : Json.write(data);
    try {
      byte[] digest = MessageDigest.getInstance(name).digest(input.getBytes(StandardCharsets.UTF_8));
      return Json.NODES.textNode(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw failure("States.Hash", e.getMessage());
    }
  }

  private static JsonNode jsonMerge(List<JsonNode> args) {
    count(args, 3, "States.JsonMerge");
    if (!args.get(0).isObject() || !args.get(1).isObject()) {
      throw failure("States.JsonMerge", "both values to merge must be JSON objects");
    }
    if (!args.get(2).isBoolean()) {
      throw failure("States.JsonMerge", "the third argument must be a boolean");
    }
    if (args.get(2).booleanValue()) {
      throw failure("States.JsonMerge", "deep merging is not supported: pass false");
    }
    ObjectNode merged = args.get(0).deepCopy();
    merged.setAll((ObjectNode) args.get(1).deepCopy());
    return merged;
  }

  private static JsonNode mathRandom(List<JsonNode> args) {
    if (args.size() < 2 || args.size() > 3) {
      throw failure("States.MathRandom", "takes a start, an end and an optional seed");
    }
    long start = number(args.get(0), "States.MathRandom").longValue();
    long end = number(args.get(1), "States.MathRandom").longValue();
    if (end <= start) {
      throw failure("States.MathRandom", "the end must be greater than the start");
    }
    Random random = args.size() == 3
        ? new Random(number(args.get(2), "States.MathRandom").longValue())
        : new Random();
    return Json.NODES.numberNode(start + (long) Math.floor(random.nextDouble() * (end - start)));
  }

  private static JsonNode numberNode(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      BigInteger integer = stripped.toBigIntegerExact();
      return integer.bitLength() < 32 ? Json.NODES.numberNode(integer.intValue())
          : integer.bitLength() < 64 ? Json.NODES.numberNode(integer.longValue()) : Json.NODES.numberNode(integer);
    }
    return Json.NODES.numberNode(value);
  }

  private static JsonNode one(List<JsonNode> args, String function) {
    count(args, 1, function);
    return args.get(0);
  }

  private static void count(List<JsonNode> args, int expected, String function) {
    if (args.size() != expected) {
      throw failure(function, "takes " + expected + " argument" + (expected == 1 ? "" : "s") + ", not " + args.size());
    }
  }

  private static ArrayNode array(JsonNode value, String function) {
    if (!value.isArray()) {
      throw failure(function, "expects an array, not " + value.getNodeType().name().toLowerCase());
    }
    return (ArrayNode) value;
  }

  private static String text(JsonNode value, String function) {
    if (!value.isTextual()) {
      throw failure(function, "expects a string, not " + value.getNodeType().name().toLowerCase());
    }
    return value.textValue();
  }

  private static BigDecimal number(JsonNode value, String function) {
    if (!value.isNumber()) {
      throw failure(function, "expects a number, not " + value.getNodeType().name().toLowerCase());
    }
    return value.decimalValue();
  }

  private static BigInteger integer(JsonNode value, String function) {
    BigDecimal number = number(value, function);
    try {
      return number.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw failure(function, "expects an integer, not " + number);
    }
  }

  private static void limit(String text, String function) {
    if (text.length() > MAX_BASE64_INPUT) {
      throw failure(function, "the input is longer than " + MAX_BASE64_INPUT + " characters");
    }
  }

  private static StatesError failure(String function, String why) {
    return new StatesError(ErrorNames.INTRINSIC_FAILURE, "The intrinsic function " + function + " " + why);
  }
}
