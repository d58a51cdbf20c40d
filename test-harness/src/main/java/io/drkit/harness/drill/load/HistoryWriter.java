package io.drkit.harness.drill.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.harness.drill.check.Operation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code history.jsonl}: one line per operation, in the fields the checker reads. */
public final class HistoryWriter implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final BufferedWriter out;

  public HistoryWriter(Path file) {
    try {
      this.out = Files.newBufferedWriter(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public synchronized void write(Operation op) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("client", op.client());
    line.put("op", op.op());
    line.put("key", op.key().orElse(null));
    line.put("value", op.value().orElse(null));
    if (op.version().isPresent()) {
      line.put("version", op.version().getAsLong());
    } else {
      line.putNull("version");
    }
    line.put("region", op.region().orElse(null));
    line.put("start_ms", op.startMs());
    line.put("end_ms", op.endMs());
    line.put("status", op.status());
    try {
      out.write(JSON.writeValueAsString(line));
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
