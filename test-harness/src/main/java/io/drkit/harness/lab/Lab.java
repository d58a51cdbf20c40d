package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.serve.Defect;
import io.drkit.harness.serve.Degradation;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine, two regions: per region a local AWS endpoint, the traffic-router behind its
 * listener on its own loopback address, the workflows with their activities, and the watch that starts a failover;
 * between them the replicators; shared, Route 53 (its API on a local AWS endpoint of its own, its health checkers and
 * DNS server). Faults act on it from outside: {@link #isolate}, {@link #heal}.
 *
 * <p>One door to three pieces: {@link LabAssembly} starts and holds the parts, {@link LabFaults} breaks and heals
 * them, {@link LabStatus} reads them. Faults and the status are taken one at a time on the lab, so a status never
 * shows a fault half made.
 */
public final class Lab implements AutoCloseable {

  /** The first region is PRIMARY in DNS. */
  public static final List<String> REGIONS = List.of("ap-south-1", "ap-southeast-1");

  public record Options(LabProfile profile, WriteMode writeMode) {}

  private final LabAssembly parts;
  private final LabFaults faults;
  private final LabStatus status;

  private Lab(LabAssembly parts, LabEvents events) {
    this.parts = parts;
    this.faults = new LabFaults(parts, events);
    this.status = new LabStatus(parts, faults);
  }

  public static Lab start(Options options, LabEvents events) {
    return new Lab(LabAssembly.start(options, events), events);
  }

  public static String peer(String region) {
    return REGIONS.get(0).equals(region) ? REGIONS.get(1) : REGIONS.get(0);
  }

  /** Starts a workflow in a region and records its execution and steps as events. */
  public String startWorkflow(String region, String workflow, JsonNode input) {
    return parts.executions().start(region, workflow, input);
  }

  /** Clients cannot reach the region, nor can replication, either way; its data stays. */
  public synchronized void isolate(String region) {
    faults.isolate(region);
  }

  /** Replication out of and into the region stops; clients still reach both regions. */
  public synchronized void stall(String region) {
    faults.stall(region);
  }

  /** The region is gone with its data, and what it had not replicated; it does not come back. */
  public synchronized void kill(String region) {
    faults.kill(region);
  }

  /** A gray failure: a share of the region's requests fail and each takes longer; replication is untouched. */
  public synchronized void gray(String region, Degradation degradation) {
    faults.gray(region, degradation);
  }

  /** A bad release goes live on the region's alias; returns the version published. */
  public synchronized String deploy(String region, Defect defect) {
    return faults.deploy(region, defect);
  }

  /** Route 53 reports the region's health check inverted: a healthy region looks down. */
  public synchronized void flap(String region) {
    faults.flap(region);
  }

  /** The regions cannot reach each other; clients and Route 53 still reach both. Healed by healing either. */
  public synchronized void partition() {
    faults.partition();
  }

  /** Undoes the region's fault: it answers again and what waited to cross replicates. */
  public synchronized void heal(String region) {
    faults.heal(region);
  }

  /** Whether the region was killed: its data is gone and it does not answer. */
  public synchronized boolean killed(String region) {
    return faults.killed(region);
  }

  /** What the lab looks like now: per region its endpoints and fault, DNS, replication, alarms. */
  public synchronized ObjectNode status() {
    return status.snapshot();
  }

  /** Whether every replicator, both tables both ways, has applied all its source has written. */
  public boolean replicationCaughtUp() {
    return status.replicationCaughtUp();
  }

  /** Waits (bounded) for the workflow executions still running; returns whether none is left. */
  public boolean awaitExecutions(Duration timeout) throws InterruptedException {
    return parts.executions().awaitAll(timeout);
  }

  /** Each replicator's state: changes applied, waiting, paused, and the latest error it met. */
  public Map<String, String> replicationStatus() {
    return status.replication();
  }

  public InetSocketAddress dnsAddress() {
    return parts.route53().dnsAddress();
  }

  public String serviceName() {
    return LabRoute53.SERVICE_NAME;
  }

  public int servicePort() {
    return parts.pair().router(REGIONS.get(0)).port();
  }

  public URI regionUrl(String region) {
    return parts.regionUrl(region);
  }

  public URI awsEndpoint(String region) {
    return parts.awsEndpoint(region);
  }

  public Optional<String> dnsAnswer() {
    return parts.route53().answering();
  }

  @Override
  public void close() {
    parts.close();
  }
}
