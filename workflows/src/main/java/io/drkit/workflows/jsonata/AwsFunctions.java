package io.drkit.workflows.jsonata;

import com.dashjoin.jsonata.Jsonata;
import io.drkit.workflows.engine.ErrorNames;
import io.drkit.workflows.engine.StatesError;
import io.drkit.workflows.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The functions Step Functions adds to JSONata: $partition, $range, $hash, $random, $uuid, $parse. */
final class AwsFunctions {

  private static final Map<String, String> HASHES = Map.of(
      "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

  private AwsFunctions() {}

  static void bindAll(Jsonata.Frame frame) {
    frame.bind("partition", new Jsonata.JFunction((input, args) -> partition(args), null));
    frame.bind("range", new Jsonata.JFunction((input, args) -> range(args), null));
    frame.bind("hash", new Jsonata.JFunction((input, args) -> hash(args), null));
    frame.bind("random", new Jsonata.JFunction((input, args) -> random(args), null));
    frame.bind("uuid", new Jsonata.JFunction((input, args) -> UUID.randomUUID().toString(), null));
    frame.bind("parse", new Jsonata.JFunction((input, args) -> parse(args), null));
  }

  private static Object partition(List<?> args) {
    List<?> array = list(arg(args, 0, "$partition"), "$partition");
    int size = number(arg(args, 1, "$partition"), "$partition").intValue();
    if (size <= 0) {
      throw failure("$partition", "the chunk size must be positive");
    }
    List<Object> chunks = new ArrayList<>();
    for (int i = 0; i < array.size(); i += size) {
      chunks.add(new ArrayList<>(array.subList(i, Math.min(array.size(), i + size))));
    }
    return chunks;
  }

  private static Object range(List<?> args) {
    long start = number(arg(args, 0, "$range"), "$range").longValue();
    long end = number(arg(args, 1, "$range"), "$range").longValue();
    long step = number(arg(args, 2, "$range"), "$range").longValue();
    if (step == 0) {
      throw failure("$range", "the step must not be 0");
    }
    List<Object> values = new ArrayList<>();
    for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
      if (values.size() == 1000) {
        throw failure("$range", "the range has more than 1000 items");
      }
      values.add(v);
    }
    return values;
  }

  private static Object hash(List<?> args) {
    Object data = arg(args, 0, "$hash");
    Object algorithm = arg(args, 1, "$hash");
    String name = HASHES.get(String.valueOf(algorithm));
    if (name == null) {
      throw failure("$hash", "the hash algorithm '" + algorithm + "' is not one of " + HASHES.keySet());
    }
    String text = data instanceof String s ? s : Json.write(JsonataValues.toJson(data));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw failure("$hash", e.getMessage());
    }
  }

  private static Object random(List<?> args) {
    Random random = args != null && !args.isEmpty() && args.get(0) != null
        ? new Random(number(args.get(0), "$random").longValue())
        : new Random();
    return random.nextDouble();
  }

  private static Object parse(List<?> args) {
    Object text = arg(args, 0, "$parse");
    if (!(text instanceof String s)) {
      throw failure("$parse", "expects a string");
    }
    try {
      return JsonataValues.toJava(Json.parse(s));
    } catch (IllegalArgumentException e) {
      throw failure("$parse", "the string is not JSON: " + s);
    }
  }

  private static Object arg(List<?> args, int index, String function) {
    if (args == null || args.size() <= index || args.get(index) == null) {
      throw failure(function, "is missing argument " + (index + 1));
    }
    return args.get(index);
  }

  private static List<?> list(Object value, String function) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw failure(function, "expects an array");
  }

  private static Number number(Object value, String function) {
    if (value instanceof Number number) {
      return number;
    }
    throw failure(function, "expects a number");
  }

  private static StatesError failure(String function, String why) {
    return new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The function " + function + " " + why);
  }
}
