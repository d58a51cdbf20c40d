package io.drkit.harness.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A drill's event log, {@code events.jsonl}: one line per event, {@code {"time_ms", "type", "detail"}}, written as
 * it happens (faults, heals, health verdicts, alarms, DNS answers, workflow executions and steps). Both targets
 * write it, the lab and a deployment, so it belongs to neither.
 */
public final class LabEvents implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Optional<BufferedWriter> out;
  private final List<Consumer<ObjectNode>> listeners = new ArrayList<>();

  private LabEvents(Optional<BufferedWriter> out) {
    this.out = out;
  }

  public static LabEvents to(Path file) {
    try {
      return new LabEvents(Optional.of(Files.newBufferedWriter(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static LabEvents inMemory() {
    return new LabEvents(Optional.empty());
  }

  public static ObjectNode detail() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Also tells {@code listener} of each event (the progress line shows the latest). */
  public synchronized LabEvents listen(Consumer<ObjectNode> listener) {
    listeners.add(listener);
    return this;
  }

  public void record(String type, ObjectNode detail) {
    record(type, detail, System.currentTimeMillis());
  }

  /** An event that happened at {@code timeMs} (a workflow step, read from the execution's history). */
  public synchronized void record(String type, ObjectNode detail, long timeMs) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("time_ms", timeMs);
    line.put("type", type);
    line.set("detail", detail);
    out.ifPresent(writer -> {
      try {
        writer.write(JSON.writeValueAsString(line));
        writer.newLine();
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    listeners.forEach(l -> l.accept(line));
  }

  @Override
  public synchronized void close() {
    out.ifPresent(writer -> {
      try {
        writer.close();
      } catch (IOException ignored) {
        // the lines are flushed as written
      }
    });
  }
}
