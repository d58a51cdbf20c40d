package io.drkit.harness.lab;

import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.RegionConfig;
import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.tables.TableNames;
import io.drkit.core.tables.TableProvisioner;
import io.drkit.harness.serve.ServedRegion;
import io.drkit.router.replication.WriteMode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Two regions on local AWS endpoints, wired as a deployment: both tables in each, replicated both ways by
 * {@link StreamReplicator}s, each region's traffic-router behind its listener, an SNS topic per region. The
 * workflows of either region run against it; the lab adds DNS, health checks and faults on top.
 */
public final class RegionPair implements AutoCloseable {

  private final TableNames tables;
  private final Map<String, URI> endpoints;
  private final Map<String, ServedRegion> routers = new LinkedHashMap<>();
  private final Map<String, String> topics = new LinkedHashMap<>();
  private final Map<String, DynamoDbClient> dynamoDb = new LinkedHashMap<>();
  private final List<StreamReplicator> replicators = new ArrayList<>();
  private final List<AutoCloseable> closing = new ArrayList<>();

  private final WriteMode writeMode;
  private final List<java.net.InetAddress> addresses;

  private RegionPair(TableNames tables, Map<String, URI> endpoints, WriteMode writeMode,
      List<java.net.InetAddress> addresses) {
    this.tables = tables;
    this.writeMode = writeMode;
    this.addresses = addresses;
    this.endpoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endpoints)); // order: the first region serves Route 53
  }

  /** Wires two regions whose AWS endpoints are already up (tables are created when missing). */
  public static RegionPair start(Map<String, URI> endpoints, TableNames tables) {
    java.net.InetAddress loopback = java.net.InetAddress.getLoopbackAddress();
    return start(endpoints, tables, WriteMode.ASYNC, List.of(loopback, loopback));
  }

  /**
   * Wires two regions whose routers listen on the given addresses, in the order of {@code endpoints}. Distinct
   * addresses get the same port, so that a DNS answer (an address) is all a client needs to pick a region.
   */
  public static RegionPair start(Map<String, URI> endpoints, TableNames tables, WriteMode writeMode,
      List<java.net.InetAddress> addresses) {
    if (endpoints.size() != 2 || addresses.size() != 2) {
      throw new IllegalArgumentException("a region pair has two regions, not " + endpoints.keySet());
    }
    RegionPair pair = new RegionPair(tables, endpoints, writeMode, addresses);
    try {
      pair.wire();
      return pair;
    } catch (RuntimeException e) {
      pair.close();
      throw e;
    }
  }

  private void wire() {
    List<String> names = new ArrayList<>(endpoints.keySet());
    Map<String, DynamoDbStreamsClient> streams = new LinkedHashMap<>();
    for (String region : names) {
      AwsClientSettings aws = AwsClientSettings.forLocalEndpoint(region, endpoints.get(region));
      DynamoDbClient db = aws.dynamoDb();
      dynamoDb.put(region, db);
      closing.add(db);
      new TableProvisioner(db).ensureTables(tables);
      DynamoDbStreamsClient stream = aws.build(DynamoDbStreamsClient.builder());
      streams.put(region, stream);
      closing.add(stream);
      SnsClient sns = aws.build(SnsClient.builder());
      closing.add(sns);
      topics.put(region, sns.createTopic(b -> b.name("dr-notifications")).topicArn());
      String peer = names.get(0).equals(region) ? names.get(1) : names.get(0);
      boolean sameAddress = addresses.get(0).equals(addresses.get(1));
      int port = routers.isEmpty() || sameAddress ? 0 : routers.values().iterator().next().port();
      routers.put(region, ServedRegion.start(new ServedRegion.Options(region, port,
          Optional.of(endpoints.get(region)), Optional.of(peer), Optional.of(endpoints.get(peer)), writeMode, 8,
          new PrintStream(OutputStream.nullOutputStream())), addresses.get(names.indexOf(region))));
    }
    String a = names.get(0);
    String b = names.get(1);
    replicators.addAll(StreamReplicator.between(a, dynamoDb.get(a), streams.get(a), b, dynamoDb.get(b),
        streams.get(b), List.of(tables.application(), tables.control())));
  }

  public List<String> regions() {
    return List.copyOf(endpoints.keySet());
  }

  public TableNames tables() {
    return tables;
  }

  public URI endpoint(String region) {
    return endpoints.get(region);
  }

  public DynamoDbClient dynamoDb(String region) {
    return dynamoDb.get(region);
  }

  public ServedRegion router(String region) {
    return routers.get(region);
  }

  /** The replicator of one table in one direction ({@code from} to the other region). */
  public StreamReplicator replicator(String from, String table) {
    return replicators.stream().filter(r -> r.source().equals(from) && r.table().equals(table))
        .findFirst().orElseThrow();
  }

  /** Every replicator: both tables, both directions. */
  public List<StreamReplicator> replicators() {
    return List.copyOf(replicators);
  }

  /** What the activities of {@code region} are configured with, as Terraform would configure them there. */
  public ActivitySettings activitySettings(String region, Optional<String> hostedZoneId, Optional<String> recordName) {
    Map<String, RegionConfig> configs = new LinkedHashMap<>();
    for (String name : regions()) {
      configs.put(name, new RegionConfig(name, Optional.of(endpoints.get(name)),
          Optional.of(URI.create(routers.get(name).url() + "/health")), Optional.of(topics.get(name))));
    }
    return new ActivitySettings(region, tables, configs, Optional.empty(), hostedZoneId, recordName,
        Optional.of(endpoints.get(regions().get(0))), "dr-traffic-router", "live");
  }

  @Override
  public void close() {
    replicators.forEach(StreamReplicator::close);
    routers.values().forEach(ServedRegion::close);
    for (AutoCloseable c : closing) {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing what was opened, as far as it goes
      }
    }
  }
}
