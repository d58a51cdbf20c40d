package io.drkit.activities.control.internal;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import io.drkit.activities.control.ControlReplica;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.support.internal.Clients;
import io.drkit.core.control.ControlTable;
import io.drkit.core.control.FenceState;
import io.drkit.core.control.Heartbeat;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link ControlReplicas} on the DynamoDB control table (a global table), one client per region. */
public final class DynamoDbControlReplicas implements ControlReplicas {

  static final String EXPIRES_AT = "expiresAt";

  private final Clients clients;

  public DynamoDbControlReplicas(Clients clients) {
    this.clients = clients;
  }

  @Override
  public ControlReplica in(String region) {
    clients.settings().config(region);
    return new Replica(clients.dynamoDb(region), clients.settings().tables().control());
  }

  private static final class Replica implements ControlReplica {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ControlTable control;

    Replica(DynamoDbClient dynamoDb, String table) {
      this.dynamoDb = dynamoDb;
      this.table = table;
      this.control = new ControlTable(dynamoDb, table);
    }

    @Override
    public FenceState fence(String region) {
      return control.fence(region);
    }

    @Override
    public void setFence(String region, boolean fenced, String reason, Instant at) {
      control.setFence(region, fenced, reason, at);
    }

    @Override
    public Optional<Heartbeat> latestHeartbeat(String region) {
      return control.latestHeartbeat(region);
    }

    @Override
    public void writeHeartbeat(String region, Heartbeat heartbeat) {
      control.writeHeartbeat(region, heartbeat);
    }

    @Override
    public void putMarker(String key, Map<String, String> fields, Optional<Instant> expiresAt) {
      Map<String, AttributeValue> item = new HashMap<>();
      fields.forEach((name, value) -> item.put(name, AttributeValue.fromS(value)));
      item.put(CONTROL_KEY, AttributeValue.fromS(key));
      expiresAt.ifPresent(at -> item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(at.getEpochSecond()))));
      dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public Optional<Map<String, String>> marker(String key) {
      Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table).consistentRead(true)
          .key(Map.of(CONTROL_KEY, AttributeValue.fromS(key)))).item();
      if (item == null || item.isEmpty()) {
        return Optional.empty();
      }
      Map<String, String> fields = new HashMap<>();
      item.forEach((name, value) -> {
        if (value.s() != null && !name.equals(CONTROL_KEY)) {
          fields.put(name, value.s());
        }
      });
      return Optional.of(fields);
    }
  }
}
