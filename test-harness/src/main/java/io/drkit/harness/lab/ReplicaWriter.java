package io.drkit.harness.lab;

import io.drkit.core.replication.LastWriterWins;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Writes the changes read from the source's stream into the destination's replica of one table, as global tables
 * do: the last writer wins ({@link LastWriterWins}), and a change replication itself made is not sent back
 * ({@link Echoes}).
 */
final class ReplicaWriter {

  private final String sourceRegion;
  private final String destinationRegion;
  private final Echoes echoes;
  private final DynamoDbClient destination;
  private final String table;

  ReplicaWriter(String sourceRegion, String destinationRegion, Echoes echoes, DynamoDbClient destination,
      String table) {
    this.sourceRegion = sourceRegion;
    this.destinationRegion = destinationRegion;
    this.echoes = echoes;
    this.destination = destination;
    this.table = table;
  }

  /** Applies one change from the source; returns whether the destination changed. */
  boolean apply(Record record) {
    Map<String, AttributeValue> key = record.dynamodb().keys();
    boolean removal = record.eventName() == OperationType.REMOVE;
    String change = removal ? "REMOVE" : String.valueOf(record.dynamodb().newImage());
    if (echoes.consume(sourceRegion, key, change)) {
      return false; // this change was itself a replicated one: global tables do not send it back
    }
    return removal ? remove(key, record.dynamodb().oldImage()) : put(key, record.dynamodb().newImage());
  }

  /** Applies a new image in one conditional put: the destination keeps what it holds if that wins. */
  private boolean put(Map<String, AttributeValue> key, Map<String, AttributeValue> image) {
    if (image == null) {
      return false;
    }
    String change = String.valueOf(image);
    echoes.expect(destinationRegion, key, change);
    try {
      destination.putItem(b -> LastWriterWins.guard(b.tableName(table).item(image), image));
      return true;
    } catch (ConditionalCheckFailedException e) {
      echoes.cancel(destinationRegion, key, change); // the destination holds a newer write: nothing was put
      return false;
    }
  }

  /** Last writer wins for deletes too: a write newer than the deleted item survives the delete. */
  private boolean remove(Map<String, AttributeValue> key, Map<String, AttributeValue> removed) {
    Map<String, AttributeValue> current = destination.getItem(b -> b.tableName(table).key(key).consistentRead(true))
        .item();
    boolean present = current != null && !current.isEmpty();
    if (!present || removed != null && !LastWriterWins.wins(removed, current)) {
      return false;
    }
    echoes.expect(destinationRegion, key, "REMOVE");
    destination.deleteItem(b -> b.tableName(table).key(key));
    return true;
  }
}
