package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.drill.load.LoadClient;
import io.drkit.harness.lab.Lab;
import io.drkit.harness.events.LabEvents;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The local lab as a drill's target: every fault is played on it. */
final class LabTarget implements DrillTarget {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lab lab;

  private LabTarget(Lab lab) {
    this.lab = lab;
  }

  static DrillTarget.Opener opener(DrillOptions options) {
    return events -> new LabTarget(Lab.start(new Lab.Options(options.profile(), options.writeMode()), events));
  }

  @Override
  public List<String> regions() {
    return Lab.REGIONS;
  }

  @Override
  public URI regionUrl(String region) {
    return lab.regionUrl(region);
  }

  @Override
  public LoadClient.Target loadTarget(ClientMode mode) {
    return LoadClient.Target.viaDnsServer(mode, lab.dnsAddress(), lab.serviceName(), lab.servicePort(), Lab.REGIONS,
        Lab.REGIONS.stream().map(lab::regionUrl).toList());
  }

  @Override
  public Optional<String> dnsAnswer() {
    return lab.dnsAnswer();
  }

  @Override
  public Optional<String> unsupported(String action) {
    return Optional.empty();
  }

  @Override
  public void act(Scenario.Step step, String region) {
    switch (step.action()) {
      case "isolate" -> lab.isolate(region);
      case "kill" -> lab.kill(region);
      case "gray" -> lab.gray(region, step.degradation());
      case "partition" -> lab.partition();
      case "deploy" -> lab.deploy(region, step.defect());
      case "stall" -> lab.stall(region);
      case "flap" -> lab.flap(region);
      case "heal" -> lab.heal(region);
      case "failback" -> {
        ObjectNode input = JSON.createObjectNode().put("failedRegion", region).put("targetRegion", Lab.peer(region));
        lab.startWorkflow(Lab.peer(region), "failback", input);
      }
      default -> throw new IllegalStateException("unknown action " + step.action());
    }
  }

  @Override
  public boolean awaitExecutions(Duration timeout) throws InterruptedException {
    return lab.awaitExecutions(timeout);
  }

  @Override
  public boolean settle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (lab.replicationCaughtUp()) {
        Thread.sleep(200); // and still so a moment later: nothing was in flight between two reads
        if (lab.replicationCaughtUp()) {
          return true;
        }
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Override
  public boolean readable(String region) {
    return !lab.killed(region);
  }

  @Override
  public List<String> warnings() {
    return lab.replicationStatus().entrySet().stream().filter(e -> e.getValue().contains("last error"))
        .map(e -> "replicator " + e.getKey() + ": " + e.getValue()).toList();
  }

  @Override
  public void close() {
    lab.close();
  }
}
