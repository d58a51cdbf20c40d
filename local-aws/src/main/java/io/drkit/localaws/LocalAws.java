package io.drkit.localaws;

import io.drkit.core.tables.TableNames;
import io.drkit.core.tables.TableProvisioner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit 5 fixture: local AWS regions for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalAws aws = LocalAws.regions("ap-south-1", "ap-southeast-1");
 * }</pre>
 *
 * <p>One {@code moto_server} per region is started the first time any test of the JVM asks for that region and
 * stopped when the JVM exits, so a module's test classes share them. Before each test every region is reset and
 * both tables are created again, the way Terraform creates them.
 */
public final class LocalAws implements BeforeAllCallback, BeforeEachCallback {

  private static final Map<String, MotoServer> SERVERS = new ConcurrentHashMap<>();
  private static final Map<String, DynamoDbClient> CLIENTS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      CLIENTS.values().forEach(DynamoDbClient::close);
      SERVERS.values().forEach(MotoServer::close);
    }, "local-aws-shutdown"));
  }

  private final List<String> regionNames;
  private final TableNames tables;

  private LocalAws(List<String> regionNames, TableNames tables) {
    if (regionNames.isEmpty()) {
      throw new IllegalArgumentException("name at least one region");
    }
    this.regionNames = List.copyOf(regionNames);
    this.tables = tables;
  }

  public static LocalAws regions(String... names) {
    return new LocalAws(List.of(names), TableNames.DEFAULT);
  }

  public TableNames tables() {
    return tables;
  }

  public LocalRegion region(String name) {
    if (!regionNames.contains(name)) {
      throw new IllegalArgumentException("region " + name + " is not one of " + regionNames);
    }
    return new LocalRegion(name, server(name).endpoint());
  }

  /** The first region named. */
  public LocalRegion primary() {
    return region(regionNames.get(0));
  }

  /** The second region named. */
  public LocalRegion secondary() {
    return region(regionNames.get(1));
  }

  /** A DynamoDB client for the region, shared by the tests of this JVM. */
  public DynamoDbClient dynamoDb(String regionName) {
    LocalRegion region = region(regionName);
    return CLIENTS.computeIfAbsent(regionName, name -> region.dynamoDb());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    regionNames.forEach(LocalAws::server);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    for (String name : regionNames) {
      server(name).reset();
      new TableProvisioner(dynamoDb(name)).ensureTables(tables);
    }
  }

  private static MotoServer server(String regionName) {
    MotoServer server = SERVERS.computeIfAbsent(regionName, MotoServer::start);
    if (!server.isAlive()) {
      throw new IllegalStateException("the moto_server of " + regionName + " has died; its endpoint was "
          + server.endpoint());
    }
    return server;
  }
}
