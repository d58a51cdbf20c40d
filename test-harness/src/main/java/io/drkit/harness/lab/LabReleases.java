package io.drkit.harness.lab;

import io.drkit.core.aws.AwsClientSettings;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.serve.Defect;
import io.drkit.harness.serve.ServedRegion;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * The traffic-router as deployed through the Lambda API of each region: a function with published versions and the
 * live alias the load balancer targets. Each region's listener serves the release the alias points at now (read
 * every 200 ms): a version carries its {@link Defect} in its environment, so moving the alias, by a deploy or by
 * the Rollback workflow, changes what clients get.
 */
final class LabReleases implements AutoCloseable {

  static final String FUNCTION = "dr-traffic-router";
  static final String ALIAS = "live";
  /** An empty zip: the code the lab runs is in-process, the Lambda API holds only versions and the alias. */
  private static final byte[] EMPTY_ZIP = {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  private final Map<String, LambdaClient> lambdas = new LinkedHashMap<>();
  private final Map<String, ServedRegion> routers;
  private final Map<String, String> served = new LinkedHashMap<>();
  private final LabEvents events;
  private final List<AutoCloseable> closing = new ArrayList<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "lab-releases");
    thread.setDaemon(true);
    return thread;
  });

  /** Registers the function, publishes version 1 (sound) and points the live alias at it, in every region. */
  LabReleases(Map<String, URI> endpoints, Map<String, ServedRegion> routers, LabEvents events) {
    this.routers = routers;
    this.events = events;
    endpoints.forEach((region, endpoint) -> {
      AwsClientSettings aws = AwsClientSettings.forLocalEndpoint(region, endpoint);
      LambdaClient lambda = aws.build(LambdaClient.builder());
      closing.add(lambda);
      lambdas.put(region, lambda);
      String role = role(aws, region);
      // a create the SDK retried after a slow answer may find its own first attempt done: that is success
      ignoreIfExists(() -> lambda.createFunction(b -> b.functionName(FUNCTION).runtime(Runtime.JAVA21).role(role)
          .handler("io.drkit.router.TrafficRouterHandler::handleRequest").description("release 1")
          .code(c -> c.zipFile(SdkBytes.fromByteArray(EMPTY_ZIP))).publish(true)));
      ignoreIfExists(() -> lambda.createAlias(b -> b.functionName(FUNCTION).name(ALIAS).functionVersion("1")));
      served.put(region, "1");
    });
    scheduler.scheduleWithFixedDelay(this::follow, 200, 200, TimeUnit.MILLISECONDS);
  }

  private static String role(AwsClientSettings aws, String region) {
    String name = "dr-traffic-router-" + region;
    try (IamClient iam = aws.build(IamClient.builder().region(Region.AWS_GLOBAL))) {
      try {
        return iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
      } catch (EntityAlreadyExistsException retried) {
        return iam.getRole(b -> b.roleName(name)).role().arn();
      }
    }
  }

  private static void ignoreIfExists(Runnable create) {
    try {
      create.run();
    } catch (ResourceConflictException retried) {
      // created by an earlier attempt of the same call
    }
  }

  /** Publishes a new version with the defect and points the region's live alias at it; returns the version. */
  synchronized String deploy(String region, Defect defect) {
    LambdaClient lambda = lambdas.get(region);
    lambda.updateFunctionConfiguration(b -> b.functionName(FUNCTION).description("release with " + defect.label())
        .environment(e -> e.variables(Map.of(Defect.ENVIRONMENT_VARIABLE, defect.label()))));
    String version = lambda.publishVersion(b -> b.functionName(FUNCTION)).version();
    lambda.updateAlias(b -> b.functionName(FUNCTION).name(ALIAS).functionVersion(version));
    follow();
    return version;
  }

  /** The version the region's listener serves now. */
  synchronized String served(String region) {
    return served.get(region);
  }

  /** Serves, in each region, the version its alias points at. */
  private synchronized void follow() {
    lambdas.forEach((region, lambda) -> {
      try {
        String version = lambda.getAlias(b -> b.functionName(FUNCTION).name(ALIAS)).functionVersion();
        if (version.equals(served.get(region))) {
          return;
        }
        var variables = lambda.getFunctionConfiguration(b -> b.functionName(FUNCTION).qualifier(version))
            .environment();
        String label = variables == null || variables.variables() == null ? null
            : variables.variables().get(Defect.ENVIRONMENT_VARIABLE);
        Defect defect = label == null ? Defect.NONE : Defect.parse(label);
        routers.get(region).release(defect);
        events.record("release", LabEvents.detail().put("region", region).put("from", served.get(region))
            .put("to", version).put("defect", defect.label()));
        served.put(region, version);
      } catch (RuntimeException e) {
        // the region's Lambda API does not answer (killed): its listener keeps what it serves
      }
    });
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    for (AutoCloseable c : closing) {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing as far as it goes
      }
    }
  }
}
