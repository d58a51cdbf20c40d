package io.drkit.router;

import io.drkit.core.control.ControlTable;

import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.replication.WriteMode;
import io.drkit.router.health.HealthProbe;
import io.drkit.router.health.HealthRoute;
import io.drkit.router.http.RequestBodies;
import io.drkit.router.internal.DynamoDbHealthProbe;
import io.drkit.router.internal.DynamoDbItemStore;
import io.drkit.router.internal.DynamoDbPeerReader;
import io.drkit.router.items.ItemRoutes;
import io.drkit.router.items.ItemService;
import io.drkit.router.items.ItemStore;
import io.drkit.router.logging.RequestLog;
import io.drkit.router.replication.PeerReader;
import io.drkit.router.replication.PeerReplicationGate;
import io.drkit.router.replication.ReplicationGate;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires a {@link TrafficRouter}: from settings with real SDK clients, or from given ports for tests. */
public final class TrafficRouterFactory {

  /** A write's single call; the SDK retries throttling within it. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(1);

  private TrafficRouterFactory() {}

  /**
   * Builds the SDK clients once (Lambda init), one set for this region and one for the peer; logs to stdout. Closing
   * the router closes them.
   */
  public static TrafficRouter fromSettings(RouterSettings settings) {
    return fromSettings(settings, System.out);
  }

  public static TrafficRouter fromSettings(RouterSettings settings, PrintStream logOutput) {
    AwsClientSettings here = AwsClientSettings.of(settings.region(), settings.dynamoDbEndpoint());
    DynamoDbClient dynamoDb = here.withTimeouts(CALL_TIMEOUT, ATTEMPT_TIMEOUT).dynamoDb();
    DynamoDbClient healthDynamoDb = here.withTimeouts(settings.healthTimeout(), settings.healthTimeout()).dynamoDb();
    List<DynamoDbClient> clients = new ArrayList<>(List.of(dynamoDb, healthDynamoDb));
    Optional<PeerReader> peer = settings.peerRegion().map(peerRegion -> {
      DynamoDbClient peerDynamoDb = AwsClientSettings.of(peerRegion, settings.peerDynamoDbEndpoint())
          .withTimeouts(ATTEMPT_TIMEOUT, ATTEMPT_TIMEOUT)
          .dynamoDb();
      clients.add(peerDynamoDb);
      return new DynamoDbPeerReader(peerDynamoDb, settings.tables().application(),
          Optional.of(new ControlTable(dynamoDb, settings.tables().control())), peerRegion);
    });
    Clock clock = Clock.systemUTC();
    return assemble(
        settings,
        new DynamoDbItemStore(dynamoDb, settings.tables(), settings.region(), clock),
        new DynamoDbHealthProbe(healthDynamoDb, settings.tables(), settings.region(), settings.peerRegion()),
        peer,
        clock,
        logOutput,
        () -> clients.forEach(DynamoDbClient::close));
  }

  /** A router over given ports; closing it releases nothing, the ports are the caller's. */
  public static TrafficRouter fromPorts(
      RouterSettings settings,
      ItemStore store,
      HealthProbe probe,
      Optional<PeerReader> peer,
      Clock clock,
      PrintStream logOutput) {
    return assemble(settings, store, probe, peer, clock, logOutput, () -> {});
  }

  private static TrafficRouter assemble(
      RouterSettings settings,
      ItemStore store,
      HealthProbe probe,
      Optional<PeerReader> peer,
      Clock clock,
      PrintStream logOutput,
      Runnable onClose) {
    ReplicationGate gate = settings.writeMode() == WriteMode.REPLICATED
        ? new PeerReplicationGate(
            peer.orElseThrow(() -> new IllegalArgumentException("the replicated write mode needs a peer reader")),
            settings.peerRegion().orElseThrow(),
            settings.replicationTimeout())
        : ReplicationGate.ASYNC;
    ItemService service = new ItemService(store, gate, clock, settings.region());
    return new TrafficRouter(
        new ItemRoutes(service, new RequestBodies(settings.maxBodyBytes())),
        new HealthRoute(probe, clock, settings.region(), settings.peerRegion(), settings.writeMode()),
        new RequestLog(logOutput, clock, settings.region()),
        settings.region(),
        onClose);
  }
}
