package io.drkit.harness.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.harness.drill.DrillTarget;
import io.drkit.harness.drill.Scenario;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.drill.load.LoadClient;
import io.drkit.harness.events.LabEvents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A deployment as a drill's target: the load goes to its service name and regional endpoints, faults go through AWS
 * APIs ({@link AwsFaults}, every one undone at the end), and {@link AwsObserver} writes what the deployment did as
 * events. A failback step starts the failback state machine of the region serving.
 */
public final class AwsTarget implements DrillTarget {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StackOutputs stack;
  private final AwsClients clients;
  private final AwsFaults faults;
  private final FaultLedger ledger;
  private final AwsObserver observer;
  private final LabEvents events;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final java.io.PrintStream log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public AwsTarget(StackOutputs stack, AwsClients clients, AwsFaults faults, FaultLedger ledger, LabEvents events,
      Duration observeEvery, java.io.PrintStream log) {
    this.log = log;
    this.stack = stack;
    this.clients = clients;
    this.faults = faults;
    this.ledger = ledger;
    this.events = events;
    ServiceDns dns = new ServiceDns(serviceUrl(stack), stack.albDnsNames());
    this.observer = new AwsObserver(stack, clients, events, dns::region, observeEvery);
  }

  private static URI serviceUrl(StackOutputs stack) {
    return stack.serviceEndpoint().orElseThrow(() -> new IllegalArgumentException(
        "the stack outputs have no service_endpoint (terraform output -json)"));
  }

  @Override
  public List<String> regions() {
    return stack.regions();
  }

  @Override
  public URI regionUrl(String region) {
    return stack.regionalEndpoints().get(region);
  }

  @Override
  public LoadClient.Target loadTarget(ClientMode mode) {
    return LoadClient.Target.viaServiceUrl(mode, serviceUrl(stack), stack.regions(),
        stack.regions().stream().map(this::regionUrl).toList());
  }

  @Override
  public Optional<String> dnsAnswer() {
    return observer.answering();
  }

  @Override
  public Optional<String> unsupported(String action) {
    return unsupported(faults, action);
  }

  /** Why a timeline action cannot be played on a deployment, if it cannot: asked before anything is opened. */
  public static Optional<String> unsupported(AwsFaults faults, String action) {
    return switch (action) {
      case "heal", "failback", "isolate", "flap" -> Optional.empty();
      default -> faults.unsupported(action);
    };
  }

  @Override
  public void act(Scenario.Step step, String region) {
    switch (step.action()) {
      case "isolate" -> fault("isolate", region, () -> faults.isolate(region));
      case "flap" -> fault("flap", region, () -> faults.flap(region));
      case "stall", "gray", "partition" -> fault(step.action(), region, () -> faults.experiment(step.action(), region));
      case "heal" -> {
        List<String> failed = faults.heal(region);
        warnings.addAll(failed);
        events.record("heal", LabEvents.detail().put("region", region));
      }
      case "failback" -> {
        String serving = stack.regions().stream().filter(r -> !r.equals(region)).findFirst().orElseThrow();
        String machine = stack.stateMachineArns().getOrDefault(serving, java.util.Map.of()).get("failback");
        if (machine == null) {
          throw new IllegalArgumentException("the stack outputs have no failback state machine for " + serving);
        }
        String input = JSON.createObjectNode().put("failedRegion", region).put("targetRegion", serving).toString();
        clients.sfn(serving).startExecution(b -> b.stateMachineArn(machine).input(input));
      }
      default -> throw new IllegalArgumentException(unsupported(step.action()).orElse("unknown action "
          + step.action()));
    }
  }

  private void fault(String kind, String region, Runnable put) {
    events.record("fault", LabEvents.detail().put("kind", kind).put("region", region));
    put.run();
  }

  @Override
  public boolean awaitExecutions(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Thread.sleep(2_000); // an execution started at the very end shows at the next poll
    while (observer.executionsRunning() && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
    }
    return !observer.executionsRunning();
  }

  /**
   * Global tables tell no "caught up": a marker written in each region through the API and seen in the other says
   * that what was written before it has had as long to cross.
   */
  @Override
  public boolean settle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String[]> markers = new ArrayList<>();
    for (String region : regions()) {
      String other = regions().stream().filter(r -> !r.equals(region)).findFirst().orElseThrow();
      Optional<String> id = post(regionUrl(region));
      if (id.isEmpty()) {
        return false;
      }
      markers.add(new String[] {other, id.get()});
    }
    for (String[] marker : markers) {
      while (!present(regionUrl(marker[0]), marker[1])) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(250);
      }
    }
    return true;
  }

  private Optional<String> post(URI region) throws InterruptedException {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(region.resolve("/"))
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
          .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"drill\":\"settle marker\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 201 ? Optional.of(JSON.readTree(response.body()).path("id").asText())
          : Optional.empty();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  private boolean present(URI region, String id) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(region.resolve("/?id=" + id)).timeout(Duration.ofSeconds(10)).GET()
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Override
  public boolean readable(String region) {
    return true;
  }

  @Override
  public List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    ledger.open().forEach(e -> all.add("still in place: " + e.description() + " in " + e.region()));
    return all;
  }

  /** Undoes every fault still in place (saying which could not be), then stops watching. */
  @Override
  public void close() {
    ledger.undoAll().forEach(failed -> log.println("could not undo " + failed + "; undo it by hand"));
    observer.close();
  }
}
