package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.replication.WriteMode;
import io.drkit.core.tables.TableNames;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.workflow.LocalDrWorkflows;
import io.drkit.localaws.MotoServer;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.history.HistoryEvent;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The whole system on one machine, two regions: per region a local AWS endpoint, the traffic-router behind its
 * listener on its own loopback address, the workflows with their activities, and the watch that starts a failover;
 * between them the replicators; shared, Route 53 (its API on a local AWS endpoint of its own, its health checkers and
 * DNS server). Faults act on it from outside: {@link #isolate}, {@link #heal}.
 */
public final class Lab implements AutoCloseable {

  /** The first region is PRIMARY in DNS. */
  public static final List<String> REGIONS = List.of("ap-south-1", "ap-southeast-1");
  private static final List<String> ADDRESSES = List.of("127.0.0.2", "127.0.0.3");

  public record Options(LabProfile profile, WriteMode writeMode) {}

  private final LabEvents events;
  private final List<AutoCloseable> closing = new ArrayList<>();
  private final Map<String, LocalDrWorkflows> workflows = new LinkedHashMap<>();
  private final Map<String, RegionalWatch> watches = new LinkedHashMap<>();
  private final Map<String, String> faults = new LinkedHashMap<>();
  private final Map<String, MotoServer> motos = new LinkedHashMap<>();
  private final ExecutorService executionWatchers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "lab-execution-watch");
    thread.setDaemon(true);
    return thread;
  });
  private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
  private RegionPair pair;
  private LabRoute53 route53;
  private FenceWatch fenceWatch;
  private LabReleases releases;
  private final Map<String, RouterErrorsWatch> routerErrors = new LinkedHashMap<>();

  private Lab(LabEvents events) {
    this.events = events;
  }

  public static Lab start(Options options, LabEvents events) {
    Lab lab = new Lab(events);
    try {
      lab.wire(options);
      return lab;
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  private void wire(Options options) {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    for (String region : REGIONS) {
      MotoServer moto = MotoServer.start(region);
      closing.add(moto);
      motos.put(region, moto);
      endpoints.put(region, moto.endpoint());
    }
    pair = RegionPair.start(endpoints, TableNames.DEFAULT, options.writeMode(),
        ADDRESSES.stream().map(Lab::address).toList());
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
      workflows.put(region, regional);
      String peer = peer(region);
      RegionalWatch watch = new RegionalWatch(settings, peer, options.profile(), events,
          input -> startWorkflow(region, "failover", input));
      watches.put(region, watch);
      closing.add(watch);
    }
    fenceWatch = new FenceWatch(pair, events, Duration.ofMillis(200));
    closing.add(fenceWatch);
    Map<String, io.drkit.harness.serve.ServedRegion> routers = new LinkedHashMap<>();
    REGIONS.forEach(r -> routers.put(r, pair.router(r)));
    releases = new LabReleases(endpoints, routers, events);
    closing.add(releases);
    for (String region : REGIONS) {
      RouterErrorsWatch errors = new RouterErrorsWatch(region, pair.router(region), options.profile(), events,
          input -> startWorkflow(region, "rollback", input));
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

  public static String peer(String region) {
    return REGIONS.get(0).equals(region) ? REGIONS.get(1) : REGIONS.get(0);
  }

  /** Starts a workflow in a region and records its execution and steps as events. */
  public String startWorkflow(String region, String workflow, JsonNode input) {
    LocalDrWorkflows regional = workflows.get(region);
    String arn = regional.start(workflow, input, Optional.empty());
    events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
        .put("status", "started").put("execution", arn));
    running.incrementAndGet();
    executionWatchers.submit(() -> {
      try {
        watch(regional, workflow, region, arn);
      } finally {
        running.decrementAndGet();
      }
    });
    return arn;
  }

  private void watch(LocalDrWorkflows regional, String workflow, String region, String arn) {
    ExecutionDescription done = regional.await(arn, Duration.ofHours(1));
    for (HistoryEvent step : regional.history(arn)) {
      if (step.type().endsWith("StateEntered")) {
        events.record("step", LabEvents.detail().put("workflow", workflow).put("region", region)
            .put("state", step.details().path("name").asText()), step.timestamp().toEpochMilli());
      }
    }
    events.record("execution", LabEvents.detail().put("workflow", workflow).put("region", region)
        .put("status", done.status().name().toLowerCase(java.util.Locale.ROOT)).put("execution", arn)
        .put("error", done.error().orElse(null))
        .put("verdict", done.output().map(o -> o.path("assessment").path("verdict").asText(null)).orElse(null)));
  }

  /** Clients cannot reach the region, nor can replication, either way; its data stays. */
  public synchronized void isolate(String region) {
    startFault(region, "isolate", LabEvents.detail());
    pair.router(region).isolate();
    pair.replicators().forEach(StreamReplicator::pause);
  }

  /** Replication out of and into the region stops; clients still reach both regions. */
  public synchronized void stall(String region) {
    startFault(region, "stall", LabEvents.detail());
    pair.replicators().forEach(StreamReplicator::pause);
  }

  /**
   * The region is gone with its data: its load balancer stops answering and its AWS endpoint is shut down. What it
   * had not yet replicated is lost for good (recorded as {@code unreplicated}). A killed region does not come back.
   */
  public synchronized void kill(String region) {
    startFault(region, "kill", LabEvents.detail());
    pair.replicators().forEach(StreamReplicator::pause);
    pair.router(region).isolate();
    // the lab's own account of the loss: everything the region wrote and had not replicated when it died
    try {
      pair.replicator(region, TableNames.DEFAULT.application()).awaitReadToEnd(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    recordUnreplicated(region);
    pair.replicators().forEach(StreamReplicator::close); // a pair with one region left replicates nothing
    watches.get(region).close(); // its health-checker died with it
    fenceWatch.forget(region);
    motos.get(region).close();
  }

  /** A gray failure: a share of the region's requests fail and each takes longer; replication is untouched. */
  public synchronized void gray(String region, io.drkit.harness.serve.Degradation degradation) {
    if (!degradation.degraded()) {
      throw new IllegalArgumentException("a gray failure needs an error share or added latency");
    }
    startFault(region, "gray", LabEvents.detail().put("error_share", degradation.errorShare())
        .put("added_latency_ms", degradation.addedLatency().toMillis()));
    pair.router(region).degrade(degradation);
  }

  /**
   * A bad release goes live in the region: a new version of the traffic-router with the defect is published and the
   * live alias moved to it, as a deployment would. The router-errors alarm and the Rollback workflow undo it.
   */
  public synchronized String deploy(String region, io.drkit.harness.serve.Defect defect) {
    checkRegion(region);
    if (killed(region)) {
      throw new IllegalStateException(region + " was killed");
    }
    events.record("fault", LabEvents.detail().put("kind", "deploy").put("region", region)
        .put("defect", defect.label()));
    return releases.deploy(region, defect); // its "release" event tells the version
  }

  /** Route 53 is told, through its API, to report the region's health check inverted: a healthy region looks down. */
  public synchronized void flap(String region) {
    startFault(region, "flap", LabEvents.detail());
    route53.invert(region, true);
  }

  /**
   * The regions cannot reach each other (their routers and activities time out across, replication stops both
   * ways) while clients and Route 53 still reach both. Healed by healing either region.
   */
  public synchronized void partition() {
    for (String region : REGIONS) {
      if (faults.containsKey(region)) {
        throw new IllegalStateException(region + " already has a fault (" + faults.get(region) + "); heal it first");
      }
    }
    REGIONS.forEach(r -> faults.put(r, "partition"));
    var detail = LabEvents.detail().put("kind", "partition");
    REGIONS.forEach(detail.putArray("between")::add);
    events.record("fault", detail);
    pair.partition();
  }

  private void startFault(String region, String kind, com.fasterxml.jackson.databind.node.ObjectNode detail) {
    checkRegion(region);
    if (faults.containsKey(region)) {
      throw new IllegalStateException(region + " already has a fault (" + faults.get(region) + "); heal it first");
    }
    faults.put(region, kind);
    events.record("fault", detail.put("kind", kind).put("region", region));
  }

  /** Undoes the region's fault: it answers again and what waited to cross replicates. */
  public synchronized void heal(String region) {
    checkRegion(region);
    String kind = faults.get(region);
    if (kind == null) {
      throw new IllegalStateException(region + " has no fault to heal");
    }
    if (kind.equals("kill")) {
      throw new IllegalStateException(region + " was killed and does not come back; bring the lab down and up");
    }
    switch (kind) {
      case "partition" -> {
        REGIONS.forEach(r -> recordUnreplicated(r));
        REGIONS.forEach(faults::remove);
        pair.reconnect();
        var detail = LabEvents.detail().put("kind", kind);
        REGIONS.forEach(detail.putArray("between")::add);
        events.record("heal", detail);
        return;
      }
      case "gray" -> pair.router(region).degrade(io.drkit.harness.serve.Degradation.NONE);
      case "flap" -> route53.invert(region, false);
      default -> {
        recordUnreplicated(region);
        pair.router(region).reopen();
        pair.replicators().forEach(StreamReplicator::resume);
      }
    }
    faults.remove(region);
    events.record("heal", LabEvents.detail().put("kind", kind).put("region", region));
  }

  /** What the region has written that has not reached the other: lost if the region is, late otherwise. */
  private void recordUnreplicated(String region) {
    var unreplicated = LabEvents.detail().put("from", region).put("to", peer(region));
    var keys = unreplicated.putArray("keys");
    pair.replicator(region, TableNames.DEFAULT.application()).pendingKeys().forEach(keys::add);
    events.record("unreplicated", unreplicated);
  }

  /** Whether the region was killed: its data is gone and it does not answer. */
  public synchronized boolean killed(String region) {
    return "kill".equals(faults.get(region));
  }

  private static void checkRegion(String region) {
    if (!REGIONS.contains(region)) {
      throw new IllegalArgumentException("the lab has no region " + region + "; " + REGIONS);
    }
  }

  /** What the lab looks like now: per region its endpoints and fault, DNS, replication, alarms. */
  public synchronized com.fasterxml.jackson.databind.node.ObjectNode status() {
    var status = LabEvents.detail();
    status.put("dns_server", route53.dnsAddress().getAddress().getHostAddress() + ":" + route53.dnsAddress().getPort());
    status.put("service_name", serviceName());
    status.put("dns_answer", route53.answering().orElse(null));
    var regions = status.putObject("regions");
    for (String region : REGIONS) {
      var r = regions.putObject(region);
      r.put("url", regionUrl(region).toString());
      r.put("aws_endpoint", awsEndpoint(region).toString());
      r.put("fault", faults.get(region));
      if (pair.router(region).degradation().degraded()) {
        r.put("degradation", pair.router(region).degradation().toString());
      }
      r.put("route53_healthy", route53.healthy(region));
      r.put("peer_alarm", watches.get(region).alarmState());
      r.put("release", releases.served(region));
      r.put("router_errors_alarm", routerErrors.get(region).state());
    }
    var replication = status.putObject("replication");
    replicationStatus().forEach(replication::put);
    status.put("workflow_executions_running", running.get());
    return status;
  }

  /** Whether every replicator, both tables both ways, has applied all its source has written. */
  public boolean replicationCaughtUp() {
    return REGIONS.stream().filter(r -> !killed(r) && !killed(peer(r)))
        .allMatch(r -> List.of(TableNames.DEFAULT.application(), TableNames.DEFAULT.control())
        .stream().allMatch(t -> pair.replicator(r, t).caughtUp()));
  }

  /** Waits (bounded) for the workflow executions still running; returns whether none is left. */
  public boolean awaitExecutions(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return running.get() == 0;
  }

  /** Each replicator's state: changes applied, waiting, paused, and the latest error it met. */
  public Map<String, String> replicationStatus() {
    Map<String, String> status = new LinkedHashMap<>();
    for (StreamReplicator r : pair.replicators()) {
      if (killed(r.source()) || killed(peer(r.source()))) {
        status.put(r.toString(), "gone with " + (killed(r.source()) ? r.source() : peer(r.source())));
        continue;
      }
      status.put(r.toString(), "applied " + r.applied() + ", waiting " + r.pendingKeys().size()
          + (r.paused() ? ", paused" : "") + r.lastError().map(e -> ", last error " + e).orElse(""));
    }
    return status;
  }

  public InetSocketAddress dnsAddress() {
    return route53.dnsAddress();
  }

  public String serviceName() {
    return LabRoute53.SERVICE_NAME;
  }

  public int servicePort() {
    return pair.router(REGIONS.get(0)).port();
  }

  public URI regionUrl(String region) {
    return pair.router(region).url();
  }

  public URI awsEndpoint(String region) {
    return pair.endpoint(region);
  }

  public Optional<String> dnsAnswer() {
    return route53.answering();
  }

  @Override
  public void close() {
    executionWatchers.shutdownNow();
    workflows.values().forEach(LocalDrWorkflows::close);
    if (route53 != null) {
      route53.close();
    }
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
