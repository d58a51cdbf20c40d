package io.drkit.router.items;

import io.drkit.router.http.ApiException;
import io.drkit.router.replication.ReplicationGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The item operations behind the HTTP routes: versions, optimistic concurrency, idempotent creation, the fence
 * and the write mode. Plain code over the {@link ItemStore} port.
 */
public final class ItemService {

  /** How long a replay of an {@code Idempotency-Key} returns the original answer. */
  static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);
  /** Updates without a version re-read and retry this many times when other writers get in between. */
  private static final int UPDATE_ATTEMPTS = 12;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final ItemStore store;
  private final ReplicationGate replication;
  private final Clock clock;
  private final String region;

  public ItemService(ItemStore store, ReplicationGate replication, Clock clock, String region) {
    this.store = store;
    this.replication = replication;
    this.clock = clock;
    this.region = region;
  }

  /** The outcome of a POST: the item, and whether it is the replay of an earlier request. */
  public record Created(Item item, boolean replayed) {}

  public Created create(ItemRequests.Create request, Optional<IdempotencyKey> key) {
    if (key.isPresent()) {
      Optional<IdempotencyRecord> earlier = liveRecord(key.get().value());
      if (earlier.isPresent()) {
        return replay(earlier.get(), key.get());
      }
    }
    String now = now();
    Item item = new Item(ItemId.newId(), request.data(), 1, now, now, region);
    Optional<IdempotencyRecord> record = key.map(k ->
        new IdempotencyRecord(k.value(), k.fingerprint(), item, clock.instant().plus(IDEMPOTENCY_WINDOW)));
    try {
      store.create(item, record);
    } catch (WriteRefusedException refused) {
      if (refused.reason() == WriteRefusedException.Reason.IDEMPOTENCY_KEY_TAKEN && key.isPresent()) {
        // a concurrent request with the same key won the race: answer as its replay
        return replay(liveRecord(key.get().value()).orElseThrow(() -> contention("the idempotency key")), key.get());
      }
      throw refusal(refused, item.id());
    }
    replication.confirmWritten(item);
    return new Created(item, false);
  }

  public Item get(String id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("no item with id " + id));
  }

  public ItemPage list(int limit, Optional<String> startAfter) {
    return store.list(limit, startAfter);
  }

  public Item update(ItemRequests.Update request) {
    OptionalLong expected = request.expectedVersion();
    for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
      Item current = get(request.id());
      if (expected.isPresent() && expected.getAsLong() != current.version()) {
        throw versionConflict(current, expected.getAsLong());
      }
      Item next = current.updated(request.data(), now(), region);
      try {
        store.replace(next, current.version());
        replication.confirmWritten(next);
        return next;
      } catch (WriteRefusedException refused) {
        boolean raced = refused.reason() == WriteRefusedException.Reason.CONDITION_FAILED
            || refused.reason() == WriteRefusedException.Reason.CONTENTION;
        if (!raced) {
          throw refusal(refused, request.id());
        }
        // someone else wrote in between: the next read tells whether that is a conflict, a deletion, or a retry
        backOff(attempt);
      }
    }
    throw contention("item " + request.id());
  }

  public void delete(String id) {
    try {
      store.delete(id);
    } catch (WriteRefusedException refused) {
      if (refused.reason() == WriteRefusedException.Reason.CONDITION_FAILED) {
        throw ApiException.notFound("no item with id " + id);
      }
      throw refusal(refused, id);
    }
    replication.confirmDeleted(id);
  }

  private Created replay(IdempotencyRecord record, IdempotencyKey key) {
    if (!record.fingerprint().equals(key.fingerprint())) {
      throw new ApiException(422, "idempotency_key_reused",
          "the Idempotency-Key was already used for a different request body; use a new key for a new item");
    }
    replication.confirmWritten(record.item());
    return new Created(record.item(), true);
  }

  private Optional<IdempotencyRecord> liveRecord(String key) {
    Instant now = clock.instant();
    // DynamoDB's TTL removes expired records lazily, so expiry is checked here too
    return store.idempotencyRecord(key).filter(record -> record.expiresAt().isAfter(now));
  }

  private ApiException refusal(WriteRefusedException refused, String id) {
    return switch (refused.reason()) {
      case REGION_FENCED -> ApiException.unavailable("region_fenced",
          "region " + region + " is fenced and refuses writes; send writes to the other region", 1);
      case CONDITION_FAILED, CONTENTION, ALREADY_EXISTS, IDEMPOTENCY_KEY_TAKEN -> contention("item " + id);
    };
  }

  private static ApiException versionConflict(Item current, long expected) {
    return new ApiException(409, "version_conflict",
        "item " + current.id() + " is at version " + current.version() + ", not " + expected
            + "; read it again and retry with the current version");
  }

  private static ApiException contention(String what) {
    return ApiException.unavailable("write_contention", what + " is being written concurrently; retry", 1);
  }

  /** A short random pause, growing with the attempt, so that racing writers stop colliding in lockstep. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 4L << Math.min(attempt, 5)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw contention("the update");
    }
  }

  private String now() {
    return TIMESTAMP.format(clock.instant());
  }
}
