package io.drkit.harness.lab;

import static io.drkit.harness.lab.Lab.REGIONS;
import static io.drkit.harness.lab.Lab.peer;

import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.tables.TableNames;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.serve.ServedRegion;
import io.drkit.harness.workflow.LocalDrWorkflows;
import io.drkit.localaws.MotoServer;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.tasks.TaskDispatcher;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The lab's parts, started and wired as a deployment is: per region a local AWS endpoint, the traffic-router behind
 * its listener on its own loopback address, the workflows with their activities, and the watches that start them;
 * between the regions the replicators; shared, Route 53 (its API on a local AWS endpoint of its own, its health
 * checkers and DNS server).
 */
final class LabAssembly implements AutoCloseable {

  private static final List<String> ADDRESSES = List.of("127.0.0.2", "127.0.0.3");

  private final LabEvents events;
  private final LabExecutions executions;
  private final List<AutoCloseable> closing = new ArrayList<>();
  private final Map<String, RegionalWatch> watches = new LinkedHashMap<>();
  private final Map<String, MotoServer> motos = new LinkedHashMap<>();
  private final Map<String, RouterErrorsWatch> routerErrors = new LinkedHashMap<>();
  private RegionPair pair;
  private LabRoute53 route53;
  private FenceWatch fenceWatch;
  private LabReleases releases;

  private LabAssembly(LabEvents events) {
    this.events = events;
    this.executions = new LabExecutions(events);
  }

  /** Starts every part; if one fails to start, those already started are closed. */
  static LabAssembly start(Lab.Options options, LabEvents events) {
    LabAssembly parts = new LabAssembly(events);
    try {
      parts.wire(options);
      return parts;
    } catch (RuntimeException e) {
      parts.close();
      throw e;
    }
  }

  private void wire(Lab.Options options) {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    for (String region : REGIONS) {
      MotoServer moto = MotoServer.start(region);
      closing.add(moto);
      motos.put(region, moto);
      endpoints.put(region, moto.endpoint());
    }
    pair = RegionPair.start(endpoints, TableNames.DEFAULT, options.writeMode(),
        ADDRESSES.stream().map(LabAssembly::address).toList());
    // Route 53 is global: its API lives in neither region, so losing a region does not take it away
    MotoServer global = MotoServer.start("us-east-1");
    closing.add(global);
    Route53Client route53Client = AwsClientSettings.forLocalEndpoint("us-east-1", global.endpoint())
        .build(Route53Client.builder());
    closing.add(route53Client);
    Map<String, InetSocketAddress> listeners = new LinkedHashMap<>();
    REGIONS.forEach(r -> listeners.put(r, new InetSocketAddress(pair.router(r).address(), pair.router(r).port())));
    route53 = LabRoute53.start(route53Client, global.endpoint(), listeners, options.profile(), events);
    for (String region : REGIONS) {
      var settings = pair.activitySettings(region, Optional.of(route53.zoneId()),
          Optional.of(LabRoute53.SERVICE_NAME), route53.apiUrl());
      LocalDrWorkflows regional = LocalDrWorkflows.start(settings, EngineClock.system(),
          new PrintStream(OutputStream.nullOutputStream()), TaskDispatcher.none());
      executions.add(region, regional);
      String peer = peer(region);
      RegionalWatch watch = new RegionalWatch(settings, peer, options.profile(), events,
          input -> executions.start(region, "failover", input));
      watches.put(region, watch);
      closing.add(watch);
    }
    fenceWatch = new FenceWatch(pair, events, Duration.ofMillis(200));
    closing.add(fenceWatch);
    Map<String, ServedRegion> routers = new LinkedHashMap<>();
    REGIONS.forEach(r -> routers.put(r, pair.router(r)));
    releases = new LabReleases(endpoints, routers, events);
    closing.add(releases);
    for (String region : REGIONS) {
      RouterErrorsWatch errors = new RouterErrorsWatch(region, pair.router(region), options.profile(), events,
          input -> executions.start(region, "rollback", input));
      routerErrors.put(region, errors);
      closing.add(errors);
    }
  }

  private static InetAddress address(String ip) {
    try {
      return InetAddress.getByName(ip);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  RegionPair pair() {
    return pair;
  }

  LabRoute53 route53() {
    return route53;
  }

  LabExecutions executions() {
    return executions;
  }

  LabReleases releases() {
    return releases;
  }

  RegionalWatch watch(String region) {
    return watches.get(region);
  }

  RouterErrorsWatch routerErrors(String region) {
    return routerErrors.get(region);
  }

  /**
   * A killed region's own parts go with it: its health-checker, its place in the fence watch, its local AWS
   * endpoint.
   */
  void lose(String region) {
    watches.get(region).close();
    fenceWatch.forget(region);
    motos.get(region).close();
  }

  URI regionUrl(String region) {
    return pair.router(region).url();
  }

  URI awsEndpoint(String region) {
    return pair.endpoint(region);
  }

  @Override
  public void close() {
    executions.close();
    if (route53 != null) {
      route53.close();
    }
    // the local AWS endpoints last: what else is closing may still call them
    for (int i = closing.size() - 1; i >= 0; i--) {
      try {
        if (closing.get(i) instanceof MotoServer) {
          continue;
        }
        closing.get(i).close();
      } catch (Exception ignored) {
        // closing as far as it goes
      }
    }
    if (pair != null) {
      pair.close();
    }
    closing.stream().filter(MotoServer.class::isInstance).forEach(c -> ((MotoServer) c).close());
  }
}
