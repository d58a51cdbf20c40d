package io.drkit.harness.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.localaws.LocalAws;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.route53.model.HealthCheckType;

/** The AWS faults, through the real SDK against local AWS: each is put, then taken back exactly. */
class AwsFaultsTest {

  private static final String MUMBAI = "ap-south-1";
  private static final String SINGAPORE = "ap-southeast-1";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private AwsClients clients;
  private FaultLedger ledger;
  private final List<String> experiments = new ArrayList<>();
  private String healthCheck;

  @BeforeEach
  void deployment() {
    clients = new AwsClients(Map.of(MUMBAI, aws.region(MUMBAI).endpoint(), SINGAPORE, aws.region(SINGAPORE).endpoint()),
        Optional.of(aws.region(MUMBAI).endpoint()));
    ledger = new FaultLedger();
    String role;
    try (IamClient iam = aws.region(MUMBAI).clientSettings().build(IamClient.builder().region(Region.AWS_GLOBAL))) {
      role = iam.createRole(b -> b.roleName("router").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\","
          + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
    }
    clients.lambda(MUMBAI).createFunction(b -> b.functionName("dr-traffic-router").runtime(Runtime.JAVA21).role(role)
        .handler("x::y").code(c -> c.zipFile(SdkBytes.fromByteArray(
            new byte[] {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))));
    healthCheck = clients.route53().createHealthCheck(b -> b.callerReference("hc-" + System.nanoTime())
        .healthCheckConfig(c -> c.type(HealthCheckType.HTTPS).fullyQualifiedDomainName("alb.example.com").port(443)
            .resourcePath("/health"))).healthCheck().id();
  }

  @AfterEach
  void close() {
    clients.close();
  }

  private AwsFaults faults(Map<String, String> templates) {
    StackOutputs stack = new StackOutputs(Optional.of(URI.create("https://api.example.com")),
        Map.of(MUMBAI, URI.create("https://mumbai.example.com"), SINGAPORE, URI.create("https://sg.example.com")),
        Map.of(), Map.of(MUMBAI, "dr-traffic-router"), Map.of(MUMBAI, healthCheck), Map.of(), "dr", "dr-items",
        "dr-control", "Z1");
    return new AwsFaults(stack, clients::lambda, clients.route53(), new AwsFaults.Experiments() {
      @Override
      public String start(String region, String templateId) {
        experiments.add("start " + templateId + " in " + region);
        return "EXP1";
      }

      @Override
      public void stop(String region, String experimentId) {
        experiments.add("stop " + experimentId + " in " + region);
      }
    }, templates, ledger);
  }

  private Integer reserved() {
    return clients.lambda(MUMBAI).getFunctionConcurrency(b -> b.functionName("dr-traffic-router"))
        .reservedConcurrentExecutions();
  }

  private boolean inverted() {
    return Boolean.TRUE.equals(clients.route53().getHealthCheck(b -> b.healthCheckId(healthCheck)).healthCheck()
        .healthCheckConfig().inverted());
  }

  @Test
  void isolatingThrottlesTheRouterToZeroAndHealingPutsBackWhatWasThere() {
    AwsFaults faults = faults(Map.of());
    faults.isolate(MUMBAI);
    assertThat(reserved()).isZero();
    assertThat(faults.heal(MUMBAI)).isEmpty();
    assertThat(reserved()).as("no reserved concurrency before, none after").isNull();

    clients.lambda(MUMBAI).putFunctionConcurrency(b -> b.functionName("dr-traffic-router")
        .reservedConcurrentExecutions(7));
    faults.isolate(MUMBAI);
    assertThat(reserved()).isZero();
    faults.heal(MUMBAI);
    assertThat(reserved()).isEqualTo(7);
  }

  @Test
  void flappingInvertsTheHealthCheckUntilHealed() {
    AwsFaults faults = faults(Map.of());
    faults.flap(MUMBAI);
    assertThat(inverted()).isTrue();
    assertThat(ledger.open()).hasSize(1);
    ledger.undoAll();
    assertThat(inverted()).isFalse();
    assertThat(ledger.open()).isEmpty();
  }

  @Test
  void faultsAwsCannotPlayAreRefusedWithTheReason() {
    AwsFaults faults = faults(Map.of("stall", "EXT123"));
    assertThat(faults.unsupported("kill")).get().asString().contains("local lab only");
    assertThat(faults.unsupported("gray")).get().asString().contains("--fis-template gray=");
    assertThat(faults.unsupported("stall")).isEmpty();
    assertThatThrownBy(() -> faults.experiment("partition", MUMBAI)).hasMessageContaining("Fault Injection Service");

    faults.experiment("stall", MUMBAI);
    faults.heal(MUMBAI);
    assertThat(experiments).containsExactly("start EXT123 in ap-south-1", "stop EXP1 in ap-south-1");
  }

  @Test
  void undoingGoesOnPastAFailureAndSaysWhichFailed() {
    AwsFaults faults = faults(Map.of());
    faults.isolate(MUMBAI);
    ledger.record(SINGAPORE, "something that cannot be undone", () -> {
      throw new IllegalStateException("the API refused");
    });
    List<String> failed = ledger.undoAll();
    assertThat(failed).containsExactly("something that cannot be undone in ap-southeast-1: the API refused");
    assertThat(reserved()).as("the other fault was still undone").isNull();
  }

  @Test
  void aFunctionTheStackDoesNotHaveIsAClearError() {
    StackOutputs stack = new StackOutputs(Optional.empty(), Map.of(MUMBAI, URI.create("https://m.example.com"),
        SINGAPORE, URI.create("https://s.example.com")), Map.of(), Map.of(), Map.of(), Map.of(), "dr", "dr-items",
        "dr-control", "");
    AwsFaults faults = new AwsFaults(stack, clients::lambda, clients.route53(), null, Map.of(), ledger);
    assertThatThrownBy(() -> faults.isolate(MUMBAI)).hasMessageContaining("no router_function_names for ap-south-1");
  }
}
