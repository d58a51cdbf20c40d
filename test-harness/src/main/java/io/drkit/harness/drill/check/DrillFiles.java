package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads a drill's report directory: {@code history.jsonl}, {@code events.jsonl} and every
 * {@code final-<region>.jsonl}. A malformed line is an error naming the file and line, never skipped silently.
 */
public final class DrillFiles {

  public static final String HISTORY = "history.jsonl";
  public static final String EVENTS = "events.jsonl";
  public static final String FINAL_PREFIX = "final-";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DrillFiles() {}

  public static DrillRecord read(Path dir) throws IOException {
    List<Operation> operations = new ArrayList<>();
    lines(dir.resolve(HISTORY), line -> operations.add(operation(line)));
    List<LabEvent> events = new ArrayList<>();
    lines(dir.resolve(EVENTS), line -> events.add(new LabEvent(required(line, "time_ms").asLong(),
        required(line, "type").asText(), line.path("detail"))));
    Map<String, Map<String, JsonNode>> finals = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(FINAL_PREFIX) && name.endsWith(".jsonl")) {
          Map<String, JsonNode> items = new LinkedHashMap<>();
          lines(file, line -> items.put(required(line, "id").asText(), line));
          finals.put(name.substring(FINAL_PREFIX.length(), name.length() - ".jsonl".length()), items);
        }
      }
    }
    return new DrillRecord(operations, events, finals);
  }

  private interface LineReader {
    void read(JsonNode line);
  }

  private static void lines(Path file, LineReader reader) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          reader.read(JSON.readTree(line));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file.getFileName() + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new IOException("the drill report has no " + file.getFileName() + " in " + file.getParent(), e);
    }
  }

  private static Operation operation(JsonNode line) {
    JsonNode version = line.path("version");
    return new Operation(required(line, "client").asText(), required(line, "op").asText(), text(line, "key"),
        text(line, "value"), version.canConvertToLong() ? OptionalLong.of(version.asLong()) : OptionalLong.empty(),
        text(line, "region"), required(line, "start_ms").asLong(), required(line, "end_ms").asLong(),
        required(line, "status").asText());
  }

  private static Optional<String> text(JsonNode line, String field) {
    JsonNode node = line.path(field);
    return node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node.asText());
  }

  private static JsonNode required(JsonNode line, String field) {
    JsonNode node = line.path(field);
    if (node.isMissingNode() || node.isNull()) {
      throw new IllegalArgumentException("missing field " + field);
    }
    return node;
  }
}
