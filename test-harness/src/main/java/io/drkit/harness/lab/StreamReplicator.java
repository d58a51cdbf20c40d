package io.drkit.harness.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Global-table replication for the lab, one direction of one table: tails the source region's stream and applies
 * each change to the destination, last writer wins by {@code updatedAt} where items carry it. A change the
 * destination already holds is not written again, so the two directions do not echo each other.
 */
public final class StreamReplicator implements AutoCloseable {

  private static final Duration IDLE_PAUSE = Duration.ofMillis(25);
  private static final int MAX_HELD = 100_000;

  private final String name;
  private final String sourceRegion;
  private final String destinationRegion;
  private final Echoes echoes;
  private final DynamoDbStreamsClient sourceStreams;
  private final DynamoDbClient source;
  private final DynamoDbClient destination;
  private final String table;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean paused = new AtomicBoolean(false);
  private final AtomicLong applied = new AtomicLong();
  private volatile Duration extraLag = Duration.ZERO;
  private volatile String lastError;
  private volatile boolean caughtUp;
  /** Passes over the source stream that found nothing new: a pass begun after a moment has read all before it. */
  private final java.util.concurrent.atomic.AtomicLong emptyPasses = new java.util.concurrent.atomic.AtomicLong();
  private final Deque<Record> pending = new java.util.concurrent.ConcurrentLinkedDeque<>();
  private final Thread thread;

  StreamReplicator(String sourceRegion, String destinationRegion, Echoes echoes, DynamoDbClient source,
      DynamoDbStreamsClient sourceStreams, DynamoDbClient destination, String table) {
    this.name = sourceRegion + ">" + destinationRegion;
    this.sourceRegion = sourceRegion;
    this.destinationRegion = destinationRegion;
    this.echoes = echoes;
    this.source = source;
    this.sourceStreams = sourceStreams;
    this.destination = destination;
    this.table = table;
    this.thread = new Thread(this::loop, "replicator-" + name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Nothing crosses while paused; what accumulated crosses after {@link #resume}. */
  public void pause() {
    paused.set(true);
  }

  public void resume() {
    paused.set(false);
  }

  public void extraLag(Duration lag) {
    this.extraLag = lag;
  }

  /** The region whose stream this replicator tails. */
  public String source() {
    return sourceRegion;
  }

  public String table() {
    return table;
  }

  public long applied() {
    return applied.get();
  }

  /** The latest error met (the source or destination unreachable), for the lab's status. */
  public java.util.Optional<String> lastError() {
    return java.util.Optional.ofNullable(lastError);
  }

  /** Not paused, and the latest read of the source's stream found nothing new with nothing left to apply. */
  public boolean caughtUp() {
    return caughtUp;
  }

  public boolean paused() {
    return paused.get();
  }

  /**
   * The keys of the changes read from the source's stream that have not crossed yet (while paused, everything
   * written in the source since the pause, once read): what the destination is missing.
   */
  public List<String> pendingKeys() {
    return pending.stream().map(r -> r.dynamodb().keys().values().iterator().next().s()).distinct().toList();
  }

  /**
   * Waits (bounded) until everything the source wrote before this call has been read, crossed or not: then
   * {@link #pendingKeys()} is the whole of what the destination is missing. Returns whether it got there.
   */
  public boolean awaitReadToEnd(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long target = emptyPasses.get() + 2; // the pass under way may have begun before this call
    while (emptyPasses.get() < target) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  private void loop() {
    Map<String, String> iterators = new HashMap<>();
    // per shard, the last record taken: a reopened shard resumes after it, so nothing is replayed
    Map<String, String> checkpoints = new HashMap<>();
    java.util.Set<String> finished = new java.util.HashSet<>();
    while (running.get()) {
      try {
        // a record in hand is applied only while not paused: a pause stops replication at once, losing nothing
        while (!pending.isEmpty() && !paused.get()) {
          Record record = pending.peek();
          waitForLag(record);
          apply(record);
          pending.poll();
        }
        if (!pending.isEmpty() && !paused.get()) {
          continue;
        }
        if (paused.get() && pending.size() >= MAX_HELD) {
          sleep(IDLE_PAUSE);
          continue;
        }
        // read on while paused too: what waits to cross is then known (pendingKeys), though nothing crosses
        if (iterators.isEmpty()) {
          open(iterators, checkpoints, finished);
        }
        boolean readNothing = true;
        for (Map.Entry<String, String> shard : new ArrayList<>(iterators.entrySet())) {
          String iterator = shard.getValue();
          var response = sourceStreams.getRecords(b -> b.shardIterator(iterator).limit(500));
          pending.addAll(response.records());
          readNothing &= response.records().isEmpty();
          if (!response.records().isEmpty()) {
            checkpoints.put(shard.getKey(),
                response.records().get(response.records().size() - 1).dynamodb().sequenceNumber());
          }
          if (response.nextShardIterator() == null) {
            iterators.remove(shard.getKey());
            finished.add(shard.getKey()); // a closed shard is read once; its children come at the next open
          } else {
            iterators.put(shard.getKey(), response.nextShardIterator());
          }
        }
        caughtUp = readNothing && pending.isEmpty() && !paused.get();
        if (readNothing && !iterators.isEmpty()) {
          emptyPasses.incrementAndGet();
        }
        if (pending.isEmpty() || paused.get()) {
          sleep(IDLE_PAUSE);
        }
      } catch (RuntimeException e) {
        if (!running.get()) {
          return;
        }
        lastError = e.toString();
        caughtUp = false;
        iterators.clear(); // the source may be down (isolated, killed): reopen when it answers again
        // records in hand stay pending; each shard resumes after the last record taken from it
        sleep(Duration.ofMillis(250));
      }
    }
  }

  private void open(Map<String, String> iterators, Map<String, String> checkpoints, java.util.Set<String> finished) {
    String streamArn = source.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    var description = sourceStreams.describeStream(b -> b.streamArn(streamArn)).streamDescription();
    for (var shard : description.shards()) {
      if (finished.contains(shard.shardId())) {
        continue;
      }
      String after = checkpoints.get(shard.shardId());
      String iterator = sourceStreams.getShardIterator(b -> {
        b.streamArn(streamArn).shardId(shard.shardId());
        if (after == null) {
          b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
        } else {
          b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(after);
        }
      }).shardIterator();
      iterators.put(shard.shardId(), iterator);
    }
  }

  private void waitForLag(Record record) {
    Duration lag = extraLag;
    if (lag.isZero() || record.dynamodb().approximateCreationDateTime() == null) {
      return;
    }
    long due = record.dynamodb().approximateCreationDateTime().toEpochMilli() + lag.toMillis();
    long wait = due - System.currentTimeMillis();
    if (wait > 0) {
      sleep(Duration.ofMillis(wait));
    }
  }

  private void apply(Record record) {
    Map<String, AttributeValue> key = record.dynamodb().keys();
    String change = record.eventName() == OperationType.REMOVE ? "REMOVE" : String.valueOf(record.dynamodb().newImage());
    if (echoes.consume(sourceRegion, key, change)) {
      return; // this change was itself a replicated one: global tables do not send it back
    }
    if (record.eventName() != OperationType.REMOVE) {
      put(key, record.dynamodb().newImage());
      return;
    }
    Map<String, AttributeValue> current = destination.getItem(b -> b.tableName(table).key(key).consistentRead(true))
        .item();
    boolean present = current != null && !current.isEmpty();
    Map<String, AttributeValue> removed = record.dynamodb().oldImage();
    // last writer wins for deletes too: a write newer than the deleted item survives the delete
    if (present && (removed == null || !olderThan(removed, current))) {
      echoes.expect(destinationRegion, key, "REMOVE");
      destination.deleteItem(b -> b.tableName(table).key(key));
      applied.incrementAndGet();
    }
  }

  /**
   * Applies a new image in one conditional put: last writer wins in the condition (by updatedAt, then by region
   * name), as global tables resolve concurrent writes, without reading the destination first.
   */
  private void put(Map<String, AttributeValue> key, Map<String, AttributeValue> image) {
    if (image == null) {
      return;
    }
    String change = String.valueOf(image);
    echoes.expect(destinationRegion, key, change);
    try {
      AttributeValue at = image.get("updatedAt");
      AttributeValue by = image.get("updatedRegion");
      if (at == null || at.s() == null) {
        destination.putItem(b -> b.tableName(table).item(image)); // no clock to compare: the latest change wins
      } else if (by == null || by.s() == null) {
        destination.putItem(b -> b.tableName(table).item(image)
            .conditionExpression("attribute_not_exists(#at) OR #at < :at")
            .expressionAttributeNames(Map.of("#at", "updatedAt")).expressionAttributeValues(Map.of(":at", at)));
      } else {
        destination.putItem(b -> b.tableName(table).item(image)
            .conditionExpression("attribute_not_exists(#at) OR #at < :at OR (#at = :at AND "
                + "(attribute_not_exists(#by) OR #by < :by))")
            .expressionAttributeNames(Map.of("#at", "updatedAt", "#by", "updatedRegion"))
            .expressionAttributeValues(Map.of(":at", at, ":by", by)));
      }
      applied.incrementAndGet();
    } catch (ConditionalCheckFailedException e) {
      echoes.cancel(destinationRegion, key, change); // the destination holds a newer write: nothing was put
    }
  }

  /** Last writer wins, as global tables resolve concurrent writes: by updatedAt, then by region name. */
  static boolean olderThan(Map<String, AttributeValue> incoming, Map<String, AttributeValue> current) {
    AttributeValue a = incoming.get("updatedAt");
    AttributeValue b = current.get("updatedAt");
    if (a == null || b == null || a.s() == null || b.s() == null) {
      return false;
    }
    int byTime = a.s().compareTo(b.s());
    if (byTime != 0) {
      return byTime < 0;
    }
    AttributeValue ra = incoming.get("updatedRegion");
    AttributeValue rb = current.get("updatedRegion");
    return ra != null && rb != null && ra.s().compareTo(rb.s()) < 0;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running.set(false);
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return name + " (" + table + ")";
  }

  /** Both directions of both tables between two regions. */
  public static List<StreamReplicator> between(String a, DynamoDbClient dbA, DynamoDbStreamsClient streamsA,
      String b, DynamoDbClient dbB, DynamoDbStreamsClient streamsB, List<String> tables) {
    List<StreamReplicator> all = new ArrayList<>();
    for (String table : tables) {
      Echoes echoes = new Echoes();
      all.add(new StreamReplicator(a, b, echoes, dbA, streamsA, dbB, table));
      all.add(new StreamReplicator(b, a, echoes, dbB, streamsB, dbA, table));
    }
    return all;
  }

  /**
   * The changes replication itself made, per region and key: when one shows up in that region's stream it is not
   * replicated back (a deleted lock would otherwise come back from the copy made before the delete).
   */
  static final class Echoes {
    private final Map<String, java.util.Deque<String>> expected = new java.util.concurrent.ConcurrentHashMap<>();

    void expect(String region, Map<String, AttributeValue> key, String change) {
      expected.computeIfAbsent(region + "|" + key, k -> new java.util.concurrent.ConcurrentLinkedDeque<>()).add(change);
    }

    void cancel(String region, Map<String, AttributeValue> key, String change) {
      consume(region, key, change);
    }

    boolean consume(String region, Map<String, AttributeValue> key, String change) {
      java.util.Deque<String> changes = expected.get(region + "|" + key);
      return changes != null && changes.remove(change);
    }
  }
}
