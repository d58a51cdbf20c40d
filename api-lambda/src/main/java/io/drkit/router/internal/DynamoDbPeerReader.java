package io.drkit.router.internal;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.router.replication.PeerReader;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads only the version and timestamp of an item from the peer region's replica. */
public final class DynamoDbPeerReader implements PeerReader {

  private final DynamoDbClient peerDynamoDb;
  private final String tableName;

  public DynamoDbPeerReader(DynamoDbClient peerDynamoDb, String tableName) {
    this.peerDynamoDb = peerDynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<PeerVersion> find(String id) {
    var response = peerDynamoDb.getItem(b -> b.tableName(tableName)
        .key(Map.of(ITEM_KEY, AttributeValue.fromS(id)))
        .consistentRead(true)
        .projectionExpression("#v, #u")
        .expressionAttributeNames(Map.of("#v", DynamoDbItemStore.VERSION, "#u", DynamoDbItemStore.UPDATED_AT)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PeerVersion(
        Long.parseLong(response.item().get(DynamoDbItemStore.VERSION).n()),
        response.item().get(DynamoDbItemStore.UPDATED_AT).s()));
  }
}
