package io.drkit.core.replication;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The one rule for which of two copies of an item wins when both regions wrote it, as global tables decide: the later
 * {@code updatedAt}, then the higher {@code version}, then the greater {@code updatedRegion}; a missing attribute
 * counts as the least. Every region decides every pair the same way. Replication (the lab's replicator, by
 * {@link #guard}), the consistency repair and its re-check all use it.
 */
public final class LastWriterWins {

  static final String AT = "updatedAt";
  static final String VERSION = "version";
  static final String BY = "updatedRegion";

  private LastWriterWins() {}

  /** Whether {@code a} wins over {@code b}; a copy ties with itself, and wins then (it arrived last). */
  public static boolean wins(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    int byTime = text(a, AT).compareTo(text(b, AT));
    if (byTime != 0) {
      return byTime > 0;
    }
    int byVersion = Long.compare(number(a, VERSION), number(b, VERSION));
    if (byVersion != 0) {
      return byVersion > 0;
    }
    return text(a, BY).compareTo(text(b, BY)) >= 0;
  }

  /** Whether the first of two optional copies wins: a present copy wins over an absent one. */
  public static boolean firstWins(Optional<Map<String, AttributeValue>> a, Optional<Map<String, AttributeValue>> b) {
    return b.isEmpty() || a.isPresent() && wins(a.get(), b.get());
  }

  /**
   * The put of {@code image}, made to land only where it wins over what the destination holds: the destination
   * decides in the put's condition, so nothing is read first and no write can slip in between.
   */
  public static PutItemRequest.Builder guard(PutItemRequest.Builder put, Map<String, AttributeValue> image) {
    return put.conditionExpression("attribute_not_exists(#at) OR #at < :at OR (#at = :at AND "
            + "(attribute_not_exists(#v) OR #v < :v OR (#v = :v AND (attribute_not_exists(#by) OR #by <= :by))))")
        .expressionAttributeNames(Map.of("#at", AT, "#v", VERSION, "#by", BY))
        .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(text(image, AT)),
            ":v", AttributeValue.fromN(Long.toString(number(image, VERSION))),
            ":by", AttributeValue.fromS(text(image, BY))));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? "" : value.s();
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
  }
}
