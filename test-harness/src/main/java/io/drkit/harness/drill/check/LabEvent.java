package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One line of {@code events.jsonl}. Types the checker reads: {@code fault} and {@code heal} (detail {@code kind},
 * {@code region}), {@code dns} (detail {@code name}, {@code from}, {@code to}: the region DNS answers),
 * {@code health} ({@code region}, {@code healthy}), {@code alarm} ({@code alarm}, {@code state}),
 * {@code execution} ({@code workflow}, {@code status}: started, succeeded, failed), {@code step}, {@code fence}
 * and {@code unfence} ({@code region}), and {@code unreplicated} ({@code from}, {@code to}, {@code keys}: the
 * writes still in flight between the regions when the link to {@code from} was cut).
 */
public record LabEvent(long timeMs, String type, JsonNode detail) {

  public Optional<String> text(String field) {
    JsonNode node = detail.path(field);
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
