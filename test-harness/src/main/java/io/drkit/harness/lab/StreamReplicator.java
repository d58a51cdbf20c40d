package io.drkit.harness.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Global-table replication for the lab, one direction of one table: a {@link StreamTailer} reads the source
 * region's stream and a {@link ReplicaWriter} applies each change to the destination (last writer wins, no echo
 * back). In between, the changes read wait their turn here: while paused nothing crosses, and what waits is known.
 */
public final class StreamReplicator implements AutoCloseable {

  private static final Duration IDLE_PAUSE = Duration.ofMillis(25);
  private static final int MAX_HELD = 100_000;

  private final String name;
  private final String sourceRegion;
  private final String table;
  private final StreamTailer tailer;
  private final ReplicaWriter writer;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean paused = new AtomicBoolean(false);
  private final AtomicLong applied = new AtomicLong();
  private volatile Duration extraLag = Duration.ZERO;
  private volatile String lastError;
  private volatile boolean caughtUp;
  /** Passes over the source stream that found nothing new: a pass begun after a moment has read all before it. */
  private final AtomicLong emptyPasses = new AtomicLong();
  private final Deque<Record> pending = new ConcurrentLinkedDeque<>();
  private final Thread thread;

  StreamReplicator(String sourceRegion, String destinationRegion, Echoes echoes, DynamoDbClient source,
      DynamoDbStreamsClient sourceStreams, DynamoDbClient destination, String table) {
    this.name = sourceRegion + ">" + destinationRegion;
    this.sourceRegion = sourceRegion;
    this.table = table;
    this.tailer = new StreamTailer(source, sourceStreams, table);
    this.writer = new ReplicaWriter(sourceRegion, destinationRegion, echoes, destination, table);
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
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
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
    while (running.get()) {
      try {
        // a record in hand is applied only while not paused: a pause stops replication at once, losing nothing
        while (!pending.isEmpty() && !paused.get()) {
          Record record = pending.peek();
          waitForLag(record);
          if (writer.apply(record)) {
            applied.incrementAndGet();
          }
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
        boolean readNothing = tailer.readPass(pending::addAll);
        caughtUp = readNothing && pending.isEmpty() && !paused.get();
        if (readNothing && tailer.reading()) {
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
        tailer.reopen(); // the source may be down (isolated, killed): reopen when it answers again
        // records in hand stay pending; each shard resumes after the last record taken from it
        sleep(Duration.ofMillis(250));
      }
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
}
