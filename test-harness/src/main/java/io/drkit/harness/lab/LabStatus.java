package io.drkit.harness.lab;

import static io.drkit.harness.lab.Lab.REGIONS;
import static io.drkit.harness.lab.Lab.peer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.tables.TableNames;
import io.drkit.harness.events.LabEvents;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the lab looks like now, read from its parts: endpoints, faults, DNS, health, alarms, replication. */
final class LabStatus {

  private final LabAssembly parts;
  private final LabFaults faults;

  LabStatus(LabAssembly parts, LabFaults faults) {
    this.parts = parts;
    this.faults = faults;
  }

  /** Per region its endpoints and fault, DNS, replication, alarms, and the executions still running. */
  ObjectNode snapshot() {
    LabRoute53 route53 = parts.route53();
    InetSocketAddress dns = route53.dnsAddress();
    var status = LabEvents.detail();
    status.put("dns_server", dns.getAddress().getHostAddress() + ":" + dns.getPort());
    status.put("service_name", LabRoute53.SERVICE_NAME);
    status.put("dns_answer", route53.answering().orElse(null));
    var regions = status.putObject("regions");
    for (String region : REGIONS) {
      var r = regions.putObject(region);
      r.put("url", parts.regionUrl(region).toString());
      r.put("aws_endpoint", parts.awsEndpoint(region).toString());
      r.put("fault", faults.fault(region).orElse(null));
      if (parts.pair().router(region).degradation().degraded()) {
        r.put("degradation", parts.pair().router(region).degradation().toString());
      }
      r.put("route53_healthy", route53.healthy(region));
      r.put("peer_alarm", parts.watch(region).alarmState());
      r.put("release", parts.releases().served(region));
      r.put("router_errors_alarm", parts.routerErrors(region).state());
    }
    var replication = status.putObject("replication");
    replication().forEach(replication::put);
    status.put("workflow_executions_running", parts.executions().running());
    return status;
  }

  /** Whether every replicator, both tables both ways, has applied all its source has written. */
  boolean replicationCaughtUp() {
    return REGIONS.stream().filter(r -> !faults.killed(r) && !faults.killed(peer(r)))
        .allMatch(r -> List.of(TableNames.DEFAULT.application(), TableNames.DEFAULT.control())
        .stream().allMatch(t -> parts.pair().replicator(r, t).caughtUp()));
  }

  /** Each replicator's state: changes applied, waiting, paused, and the latest error it met. */
  Map<String, String> replication() {
    Map<String, String> status = new LinkedHashMap<>();
    for (StreamReplicator r : parts.pair().replicators()) {
      if (faults.killed(r.source()) || faults.killed(peer(r.source()))) {
        status.put(r.toString(), "gone with " + (faults.killed(r.source()) ? r.source() : peer(r.source())));
        continue;
      }
      status.put(r.toString(), "applied " + r.applied() + ", waiting " + r.pendingKeys().size()
          + (r.paused() ? ", paused" : "") + r.lastError().map(e -> ", last error " + e).orElse(""));
    }
    return status;
  }
}
