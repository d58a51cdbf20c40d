package io.drkit.infra;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Terraform of the deployment, parsed with hcl4j: root and regional-stack module, file by file. */
final class Terraform {

  static final Path ROOT = locate();
  static final Path MODULE = ROOT.resolve("modules/regional-stack");

  private Terraform() {}

  /** The .tf files of a directory (not recursive). */
  static List<Path> files(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> allFiles() {
    List<Path> all = new ArrayList<>(files(ROOT));
    all.addAll(files(MODULE));
    return all;
  }

  /** One file, parsed. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(Path file) {
    try {
      return new HCLParser().parse(file.toFile(), "UTF-8");
    } catch (Exception e) {
      throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
    }
  }

  /** Every file of a directory merged by block type, then by labels: {resource: {type: {name: body}}}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merged(Path dir) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (Path file : files(dir)) {
      all = merge(all, parse(file));
    }
    return all;
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String allText(Path dir) {
    StringBuilder out = new StringBuilder();
    files(dir).forEach(f -> out.append(text(f)).append('\n'));
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> block(Map<String, Object> parsed, String... path) {
    Object node = parsed;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        throw new AssertionError("no " + String.join(".", path) + " (missing " + key + ")");
      }
      node = map.get(key);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
    // hcl4j leaves what it cannot evaluate (function calls) as null, which Map.merge refuses
    Map<String, Object> out = new LinkedHashMap<>(a);
    b.forEach((k, v) -> {
      Object x = out.get(k);
      out.put(k, x instanceof Map && v instanceof Map ? merge((Map<String, Object>) x, (Map<String, Object>) v) : v);
    });
    return out;
  }

  private static Path locate() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("versions.tf")) && Files.isDirectory(dir.resolve("modules"))) {
        return dir;
      }
      if (Files.exists(dir.resolve("infra-terraform/versions.tf"))) {
        return dir.resolve("infra-terraform");
      }
    }
    throw new IllegalStateException("no infra-terraform directory above " + here);
  }
}
