package io.drkit.harness.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The drill faults a real deployment can take, through AWS APIs, each recorded in a {@link FaultLedger} with its undo:
 * <ul>
 *   <li>isolate: the region's traffic-router gets a reserved concurrency of 0, so its load balancer answers every
 *       request with an error and Route 53's health check fails (undone: the previous reserved concurrency, or
 *       none);</li>
 *   <li>flap: the region's Route 53 health check is inverted (undone: as it was);</li>
 *   <li>stall, gray, partition: AWS offers no API to pause a global table's replication, fail a share of requests or
 *       cut two regions apart on demand; AWS Fault Injection Service experiments do
 *       ({@code aws:dynamodb:global-table-pause-replication}, {@code aws:lambda:invocation-error} or
 *       {@code aws:lambda:invocation-add-delay}, {@code aws:network:disrupt-connectivity}), so these start the
 *       experiment template given for them and stop it to undo;</li>
 *   <li>kill and deploy are the lab's only: a region's data cannot be destroyed and brought back, and a bad release
 *       needs a defective build.</li>
 * </ul>
 */
public final class AwsFaults {

  /** Faults that need an AWS FIS experiment template. */
  public static final Set<String> NEEDS_EXPERIMENT = Set.of("stall", "gray", "partition");
  public static final Set<String> LAB_ONLY = Set.of("kill", "deploy");

  private final StackOutputs stack;
  private final Function<String, LambdaClient> lambda;
  private final Route53Client route53;
  private final Experiments experiments;
  private final Map<String, String> templates;
  private final FaultLedger ledger;

  /** Starts and stops FIS experiments (a port: the AWS adapter, or a test's). */
  public interface Experiments {
    /** Starts the template's experiment in the region; returns the experiment id. */
    String start(String region, String templateId);

    void stop(String region, String experimentId);
  }

  /** @param templates FIS experiment template ids by fault kind ({@code stall}, {@code gray}, {@code partition}) */
  public AwsFaults(StackOutputs stack, Function<String, LambdaClient> lambda, Route53Client route53,
      Experiments experiments, Map<String, String> templates, FaultLedger ledger) {
    this.stack = stack;
    this.lambda = lambda;
    this.route53 = route53;
    this.experiments = experiments;
    this.templates = Map.copyOf(templates);
    this.ledger = ledger;
  }

  /** Why the fault cannot be put on this deployment, if it cannot; checked before a drill starts. */
  public Optional<String> unsupported(String kind) {
    if (LAB_ONLY.contains(kind)) {
      return Optional.of(kind + " runs on the local lab only: "
          + (kind.equals("kill") ? "a region's data cannot be destroyed and brought back"
          : "a bad release needs a defective build of the traffic-router"));
    }
    if (NEEDS_EXPERIMENT.contains(kind) && !templates.containsKey(kind)) {
      return Optional.of(kind + " needs an AWS Fault Injection Service experiment template: --fis-template "
          + kind + "=TEMPLATE_ID");
    }
    return Optional.empty();
  }

  public void isolate(String region) {
    String function = stack.require(stack.routerFunctionNames(), region, "router_function_names");
    LambdaClient client = lambda.apply(region);
    Optional<Integer> before = reservedConcurrency(client, function);
    ledger.record(region, "reserved concurrency 0 on " + function, () -> {
      if (before.isPresent()) {
        client.putFunctionConcurrency(b -> b.functionName(function).reservedConcurrentExecutions(before.get()));
      } else {
        client.deleteFunctionConcurrency(b -> b.functionName(function));
      }
    });
    client.putFunctionConcurrency(b -> b.functionName(function).reservedConcurrentExecutions(0));
  }

  public void flap(String region) {
    String healthCheck = stack.require(stack.healthCheckIds(), region, "health_check_ids");
    boolean before = Boolean.TRUE.equals(route53.getHealthCheck(b -> b.healthCheckId(healthCheck)).healthCheck()
        .healthCheckConfig().inverted());
    ledger.record(region, "health check " + healthCheck + " inverted",
        () -> route53.updateHealthCheck(b -> b.healthCheckId(healthCheck).inverted(before)));
    route53.updateHealthCheck(b -> b.healthCheckId(healthCheck).inverted(!before));
  }

  /** Starts the FIS experiment given for the fault ({@code stall}, {@code gray}, {@code partition}). */
  public void experiment(String kind, String region) {
    unsupported(kind).ifPresent(reason -> {
      throw new IllegalArgumentException(reason);
    });
    String id = experiments.start(region, templates.get(kind));
    ledger.record(region, kind + " experiment " + id, () -> experiments.stop(region, id));
  }

  /** Undoes the region's faults; returns what could not be undone. */
  public List<String> heal(String region) {
    return ledger.undo(region);
  }

  private static Optional<Integer> reservedConcurrency(LambdaClient client, String function) {
    try {
      return Optional.ofNullable(client.getFunctionConcurrency(b -> b.functionName(function))
          .reservedConcurrentExecutions());
    } catch (ResourceNotFoundException e) {
      throw new IllegalArgumentException("no function " + function + " in this region: " + e.getMessage(), e);
    }
  }
}
