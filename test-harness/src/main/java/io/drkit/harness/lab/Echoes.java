package io.drkit.harness.lab;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The changes replication itself made, per region and key, shared by the two directions of one table: when one
 * shows up in that region's stream it is not replicated back (a deleted lock would otherwise come back from the copy
 * made before the delete).
 */
final class Echoes {

  private final Map<String, Deque<String>> expected = new ConcurrentHashMap<>();

  /** Replication is about to write {@code change} to {@code key} in {@code region}. */
  void expect(String region, Map<String, AttributeValue> key, String change) {
    expected.computeIfAbsent(region + "|" + key, k -> new ConcurrentLinkedDeque<>()).add(change);
  }

  /** The write expected did not happen (the destination held a newer one): nothing will show up. */
  void cancel(String region, Map<String, AttributeValue> key, String change) {
    consume(region, key, change);
  }

  /** Whether {@code change}, read from {@code region}'s stream, was made by replication; forgets it if so. */
  boolean consume(String region, Map<String, AttributeValue> key, String change) {
    Deque<String> changes = expected.get(region + "|" + key);
    return changes != null && changes.remove(change);
  }
}
