package io.drkit.harness.lab;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Which of two versions of an item wins when both regions wrote it, as global tables decide: the later
 * {@code updatedAt}, then, at the same instant, the greater {@code updatedRegion}. An item without {@code updatedAt}
 * carries no clock to compare: the latest change to arrive wins.
 */
final class LastWriterWins {

  private static final String AT = "updatedAt";
  private static final String BY = "updatedRegion";

  private LastWriterWins() {}

  /** Whether {@code incoming} loses to {@code current}: only when both carry a clock and current's is the later. */
  static boolean olderThan(Map<String, AttributeValue> incoming, Map<String, AttributeValue> current) {
    AttributeValue a = incoming.get(AT);
    AttributeValue b = current.get(AT);
    if (a == null || b == null || a.s() == null || b.s() == null) {
      return false;
    }
    int byTime = a.s().compareTo(b.s());
    if (byTime != 0) {
      return byTime < 0;
    }
    AttributeValue ra = incoming.get(BY);
    AttributeValue rb = current.get(BY);
    return ra != null && rb != null && ra.s().compareTo(rb.s()) < 0;
  }

  /**
   * The put of {@code image}, made to land only where {@code image} wins over what the destination holds. The
   * destination decides in the put's condition, so nothing is read first and no write can slip in between.
   */
  static PutItemRequest.Builder guard(PutItemRequest.Builder put, Map<String, AttributeValue> image) {
    AttributeValue at = image.get(AT);
    AttributeValue by = image.get(BY);
    if (at == null || at.s() == null) {
      return put; // no clock to compare: the latest change wins
    }
    if (by == null || by.s() == null) {
      return put.conditionExpression("attribute_not_exists(#at) OR #at < :at")
          .expressionAttributeNames(Map.of("#at", AT)).expressionAttributeValues(Map.of(":at", at));
    }
    return put.conditionExpression("attribute_not_exists(#at) OR #at < :at OR (#at = :at AND "
            + "(attribute_not_exists(#by) OR #by < :by))")
        .expressionAttributeNames(Map.of("#at", AT, "#by", BY))
        .expressionAttributeValues(Map.of(":at", at, ":by", by));
  }
}
