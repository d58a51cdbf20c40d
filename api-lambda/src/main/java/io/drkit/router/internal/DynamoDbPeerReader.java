package io.drkit.router.internal;

import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.core.control.ControlTable;
import io.drkit.router.replication.PeerReader;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads only the version and timestamp of an item from the peer region's replica, and the peer's fence from this
 * region's control table (read at most twice a second: a fence is set once per failover).
 */
public final class DynamoDbPeerReader implements PeerReader {

  private static final long FENCE_CACHE_NANOS = 500_000_000L;

  private final DynamoDbClient peerDynamoDb;
  private final String tableName;
  private final Optional<ControlTable> localControl;
  private final String peerRegion;
  private volatile boolean fenced;
  private volatile long fenceReadAt = Long.MIN_VALUE;

  public DynamoDbPeerReader(DynamoDbClient peerDynamoDb, String tableName) {
    this(peerDynamoDb, tableName, Optional.empty(), "");
  }

  public DynamoDbPeerReader(DynamoDbClient peerDynamoDb, String tableName, Optional<ControlTable> localControl,
      String peerRegion) {
    this.peerDynamoDb = peerDynamoDb;
    this.tableName = tableName;
    this.localControl = localControl;
    this.peerRegion = peerRegion;
  }

  @Override
  public boolean fencedHere() {
    if (localControl.isEmpty()) {
      return false;
    }
    long now = System.nanoTime();
    if (fenceReadAt == Long.MIN_VALUE || now - fenceReadAt > FENCE_CACHE_NANOS) {
      fenced = localControl.get().fence(peerRegion).fenced();
      fenceReadAt = now;
    }
    return fenced;
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
