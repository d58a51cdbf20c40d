package io.drkit.activities.consistency;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item table's replica in each region, as the consistency validation reads and repairs it. Items are in
 * DynamoDB's own data model: the digests must cover exactly what the table stores.
 */
public interface ItemReplicas {

  /** Hands every item of one parallel-scan segment of the region's replica to {@code each} (strongly consistent). */
  void scan(String region, int segment, int totalSegments, Consumer<Map<String, AttributeValue>> each);

  /** One item, read strongly consistent in the region's replica. */
  Optional<Map<String, AttributeValue>> read(String region, String key);

  /**
   * Writes {@code item} into the region's replica only if the item there is still {@code seen} (by its updatedAt and
   * version; absent if empty): a write that landed since the read is newer than the repair and must win.
   *
   * @return false when the item changed since it was read, and nothing was written
   */
  boolean putIfUnchanged(String region, Map<String, AttributeValue> item, Optional<Map<String, AttributeValue>> seen);
}
