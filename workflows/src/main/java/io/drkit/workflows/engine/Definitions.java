package io.drkit.workflows.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's state machines, shipped as resources under {@code statemachines/}: the same files Terraform deploys
 * with {@code templatefile}, their {@code ${Name}} placeholders filled with the ARNs of the deployment (or, locally,
 * of the in-process handlers).
 */
public final class Definitions {

  public static final String FAILOVER = "failover";
  public static final String FAILBACK = "failback";
  public static final String CONSISTENCY = "consistency";
  public static final String ROLLBACK = "rollback";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

  private Definitions() {}

  /** The raw file, placeholders in place. */
  public static String raw(String name) {
    try (InputStream in = Definitions.class.getResourceAsStream("/statemachines/" + name + ".asl.json")) {
      if (in == null) {
        throw new IllegalArgumentException("no state machine named " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The definition with every placeholder filled; an unfilled one is an error that names it. */
  public static String filled(String name, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(raw(name));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("the " + name + " state machine needs a value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The names of the placeholders a definition uses. */
  public static java.util.Set<String> placeholders(String name) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(raw(name));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
