package io.drkit.harness.lab;

import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.RegionConfig;
import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.replication.WriteMode;
import io.drkit.core.tables.TableNames;
import io.drkit.core.tables.TableProvisioner;
import io.drkit.harness.serve.ServedRegion;
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
  /** Per region, its paths to the other region's AWS endpoint and load balancer. */
  private final Map<String, CrossRegionLink> awsLinks = new LinkedHashMap<>();
  private final Map<String, CrossRegionLink> listenerLinks = new LinkedHashMap<>();
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
      CrossRegionLink toPeerAws = CrossRegionLink.to(endpoints.get(peer), region + "->" + peer + " aws");
      awsLinks.put(region, toPeerAws);
      closing.add(toPeerAws);
      boolean sameAddress = addresses.get(0).equals(addresses.get(1));
      int port = routers.isEmpty() || sameAddress ? 0 : routers.values().iterator().next().port();
      routers.put(region, ServedRegion.start(new ServedRegion.Options(region, port,
          Optional.of(endpoints.get(region)), Optional.of(peer), Optional.of(toPeerAws.through(endpoints.get(peer))),
          writeMode, 8,
          new PrintStream(OutputStream.nullOutputStream())), addresses.get(names.indexOf(region))));
    }
    for (String region : names) {
      String peer = names.get(0).equals(region) ? names.get(1) : names.get(0);
      CrossRegionLink toPeerListener = CrossRegionLink.to(routers.get(peer).url(), region + "->" + peer + " listener");
      listenerLinks.put(region, toPeerListener);
      closing.add(toPeerListener);
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
    return activitySettings(region, hostedZoneId, recordName, endpoints.get(regions().get(0)));
  }

  /** The same, with the Route 53 API at {@code route53Endpoint} (the lab's, which knows its checkers' reports). */
  public ActivitySettings activitySettings(String region, Optional<String> hostedZoneId, Optional<String> recordName,
      URI route53Endpoint) {
    Map<String, RegionConfig> configs = new LinkedHashMap<>();
    for (String name : regions()) {
      URI endpoint = endpoints.get(name);
      URI health = URI.create(routers.get(name).url() + "/health");
      if (!name.equals(region)) { // the other region is reached over the network between them
        endpoint = awsLinks.get(region).through(endpoint);
        health = listenerLinks.get(region).through(health);
      }
      configs.put(name, new RegionConfig(name, Optional.of(endpoint), Optional.of(health),
          Optional.of(topics.get(name))));
    }
    return ActivitySettings.builder().region(region).tables(tables).regions(configs).hostedZoneId(hostedZoneId)
        .recordName(recordName).route53Endpoint(route53Endpoint).build();
  }

  /**
   * The regions can no longer reach each other: every path between them goes silent (routers, activities) and
   * replication stops both ways. Clients, and Route 53, still reach both.
   */
  public void partition() {
    awsLinks.values().forEach(CrossRegionLink::cut);
    listenerLinks.values().forEach(CrossRegionLink::cut);
    replicators.forEach(StreamReplicator::pause);
  }

  /** Mends a {@link #partition()}: the paths answer again and what waited replicates. */
  public void reconnect() {
    awsLinks.values().forEach(CrossRegionLink::restore);
    listenerLinks.values().forEach(CrossRegionLink::restore);
    replicators.forEach(StreamReplicator::resume);
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
