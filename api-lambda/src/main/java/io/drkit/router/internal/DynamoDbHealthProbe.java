package io.drkit.router.internal;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;
import static io.drkit.core.tables.TableSchema.ITEM_KEY;

import io.drkit.core.control.ControlKeys;
import io.drkit.core.control.ControlTable;
import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import io.drkit.core.tables.TableNames;
import io.drkit.router.health.HealthProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * One strongly consistent BatchGetItem across both tables, on a client with a short timeout: it proves both tables
 * answer and reads the fence and the peer's heartbeat in a single round trip.
 */
public final class DynamoDbHealthProbe implements HealthProbe {

  /** A key no client can use ({@code #} is not allowed in item ids): reading it touches the table, nothing else. */
  static final String PROBE_KEY = "#health-probe";

  private final DynamoDbClient dynamoDb;
  private final TableNames tables;
  private final String region;
  private final Optional<String> peerRegion;

  public DynamoDbHealthProbe(DynamoDbClient dynamoDb, TableNames tables, String region, Optional<String> peerRegion) {
    this.dynamoDb = dynamoDb;
    this.tables = tables;
    this.region = region;
    this.peerRegion = peerRegion;
  }

  @Override
  public Report probe() {
    List<Map<String, AttributeValue>> controlKeys = new ArrayList<>();
    controlKeys.add(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.fence(region))));
    peerRegion.ifPresent(peer -> controlKeys.add(Map.of(CONTROL_KEY, AttributeValue.fromS(ControlKeys.heartbeat(peer)))));
    BatchGetItemResponse response = StorageErrors.call("the tables", () -> dynamoDb.batchGetItem(b -> b.requestItems(Map.of(
        tables.control(), KeysAndAttributes.builder().keys(controlKeys).consistentRead(true).build(),
        tables.application(), KeysAndAttributes.builder()
            .keys(List.of(Map.of(ITEM_KEY, AttributeValue.fromS(PROBE_KEY)))).consistentRead(true).build()))));
    List<Map<String, AttributeValue>> control = response.responses().getOrDefault(tables.control(), List.of());
    FenceState fence = ControlTable.fenceFrom(region, find(control, ControlKeys.fence(region)).orElse(Map.of()));
    Optional<Instant> heartbeat = peerRegion.flatMap(peer -> find(control, ControlKeys.heartbeat(peer)))
        .flatMap(ControlTable::heartbeatFrom).map(Heartbeat::at);
    return new Report(fence.fenced(), fence.reason(), heartbeat);
  }

  private static Optional<Map<String, AttributeValue>> find(List<Map<String, AttributeValue>> items, String pk) {
    return items.stream().filter(item -> pk.equals(item.get(CONTROL_KEY).s())).findFirst();
  }
}
