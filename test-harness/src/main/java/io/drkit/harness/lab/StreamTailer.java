package io.drkit.harness.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one table's stream in the source region, every shard, on one thread. A shard opened again (after the source
 * could not be reached) resumes after the last record taken from it, and a closed shard is read once: no record is
 * read twice.
 */
final class StreamTailer {

  private final DynamoDbClient source;
  private final DynamoDbStreamsClient streams;
  private final String table;
  private final Map<String, String> iterators = new HashMap<>();
  /** Per shard, the sequence number of the last record taken. */
  private final Map<String, String> checkpoints = new HashMap<>();
  private final Set<String> finished = new HashSet<>();

  StreamTailer(DynamoDbClient source, DynamoDbStreamsClient streams, String table) {
    this.source = source;
    this.streams = streams;
    this.table = table;
  }

  /**
   * One pass over the open shards, opening the stream first when none is: each batch read goes to {@code sink} as it
   * comes, so a failure later in the pass loses none of it. Returns whether the pass read nothing.
   */
  boolean readPass(Consumer<List<Record>> sink) {
    if (iterators.isEmpty()) {
      open();
    }
    boolean readNothing = true;
    for (Map.Entry<String, String> shard : new ArrayList<>(iterators.entrySet())) {
      String iterator = shard.getValue();
      var response = streams.getRecords(b -> b.shardIterator(iterator).limit(500));
      List<Record> records = response.records();
      sink.accept(records);
      readNothing &= records.isEmpty();
      if (!records.isEmpty()) {
        checkpoints.put(shard.getKey(), records.get(records.size() - 1).dynamodb().sequenceNumber());
      }
      if (response.nextShardIterator() == null) {
        iterators.remove(shard.getKey());
        finished.add(shard.getKey()); // a closed shard is read once; its children come at the next open
      } else {
        iterators.put(shard.getKey(), response.nextShardIterator());
      }
    }
    return readNothing;
  }

  /** Whether shards are open: a pass that read nothing then read to the end of the stream. */
  boolean reading() {
    return !iterators.isEmpty();
  }

  /** The source failed (it may be down): open the shards again at the next pass, each after its checkpoint. */
  void reopen() {
    iterators.clear();
  }

  private void open() {
    String streamArn = source.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    var description = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription();
    for (var shard : description.shards()) {
      if (finished.contains(shard.shardId())) {
        continue;
      }
      String after = checkpoints.get(shard.shardId());
      String iterator = streams.getShardIterator(b -> {
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
}
