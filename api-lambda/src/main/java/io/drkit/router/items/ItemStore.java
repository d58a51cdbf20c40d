package io.drkit.router.items;

import java.util.Optional;

/**
 * This region's replica of the application table, with the control table beside it (the port; its DynamoDB
 * adapter is {@code io.drkit.router.internal.DynamoDbItemStore}).
 *
 * <p>Every write checks this region's fence in the same atomic step as the write itself and throws
 * {@link WriteRefusedException} with {@link WriteRefusedException.Reason#REGION_FENCED} when it is set.
 * Unreachable or throttled storage throws {@link StoreUnavailableException}.
 */
public interface ItemStore {

  /** A strongly consistent read. */
  Optional<Item> find(String id);

  /** Up to {@code limit} items after the item {@code startAfter}, in the table's order. */
  ItemPage list(int limit, Optional<String> startAfter);

  /**
   * Creates the item, and with it, atomically, the idempotency record when one is given.
   *
   * @throws WriteRefusedException {@code REGION_FENCED}, {@code ALREADY_EXISTS}, or {@code IDEMPOTENCY_KEY_TAKEN}
   */
  void create(Item item, Optional<IdempotencyRecord> idempotency);

  /**
   * Replaces the item if its stored version is still {@code expectedVersion}.
   *
   * @throws WriteRefusedException {@code REGION_FENCED}, or {@code CONDITION_FAILED} when the item changed or vanished
   */
  void replace(Item item, long expectedVersion);

  /**
   * Deletes the item.
   *
   * @throws WriteRefusedException {@code REGION_FENCED}, or {@code CONDITION_FAILED} when there is no such item
   */
  void delete(String id);

  Optional<IdempotencyRecord> idempotencyRecord(String key);
}
