package io.drkit.harness.workflow;

import static io.drkit.harness.workflow.TwoRegionLab.MUMBAI;
import static io.drkit.harness.workflow.TwoRegionLab.SINGAPORE;
import static io.drkit.harness.workflow.TwoRegionLab.steps;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.traffic.internal.Route53FailoverRouting;
import io.drkit.localaws.LocalAws;
import io.drkit.workflows.api.ExecutionDescription;
import io.drkit.workflows.api.ExecutionStatus;
import io.drkit.workflows.engine.EngineClock;
import io.drkit.workflows.internal.Json;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
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
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;
import software.amazon.awssdk.services.route53.model.RRType;

/** The rollback state machine against moto's Lambda, DynamoDB backup/restore and Route 53 APIs. */
class RollbackWorkflowTest {

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String RECORD = "api.dr.example.com";
  private TwoRegionLab lab;
  private LambdaClient lambda;
  private Route53Client route53;
  private String zoneId;

  @BeforeEach
  void deployment() {
    lab = new TwoRegionLab(aws);
    lambda = aws.region(MUMBAI).clientSettings().build(LambdaClient.builder());
    String role;
    try (IamClient iam = aws.region(MUMBAI).clientSettings().build(IamClient.builder().region(Region.AWS_GLOBAL))) {
      role = iam.createRole(b -> b.roleName("dr-router").assumeRolePolicyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
              + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
    }
    lambda.createFunction(b -> b.functionName("dr-traffic-router").runtime(Runtime.JAVA21).role(role)
        .handler("io.drkit.router.TrafficRouterHandler::handleRequest")
        .code(c -> c.zipFile(SdkBytes.fromByteArray(new byte[] {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})))
        .publish(true));
    lambda.updateFunctionConfiguration(b -> b.functionName("dr-traffic-router").description("v2"));
    lambda.publishVersion(b -> b.functionName("dr-traffic-router"));
    lambda.createAlias(b -> b.functionName("dr-traffic-router").name("live").functionVersion("2"));
    route53 = aws.region(MUMBAI).clientSettings().build(Route53Client.builder().region(Region.AWS_GLOBAL));
    zoneId = route53.createHostedZone(b -> b.name("dr.example.com").callerReference("test-" + System.nanoTime()))
        .hostedZone().id().replace("/hostedzone/", "");
    for (String region : new String[] {MUMBAI, SINGAPORE}) {
      ResourceRecordSet record = ResourceRecordSet.builder().name(RECORD).type(RRType.CNAME).ttl(1L)
          .setIdentifier(region)
          .failover(region.equals(MUMBAI) ? ResourceRecordSetFailover.PRIMARY : ResourceRecordSetFailover.SECONDARY)
          .resourceRecords(ResourceRecord.builder().value("alb-" + region + ".example.com").build())
          .build();
      route53.changeResourceRecordSets(b -> b.hostedZoneId(zoneId).changeBatch(c -> c.changes(
          Change.builder().action(ChangeAction.CREATE).resourceRecordSet(record).build())));
    }
  }

  @AfterEach
  void close() {
    lab.close();
    if (lambda != null) {
      lambda.close();
    }
    if (route53 != null) {
      route53.close();
    }
  }

  private LocalDrWorkflows workflows() {
    ActivitySettings settings = lab.settings(MUMBAI, Optional.of(zoneId), Optional.of(RECORD));
    return LocalDrWorkflows.start(settings, EngineClock.system(), new PrintStream(OutputStream.nullOutputStream()),
        Faults.none());
  }

  private Route53FailoverRouting records() {
    return new Route53FailoverRouting(() -> route53, zoneId, RECORD);
  }

  @Test
  void theAliasGoesBackToThePreviousVersion() {
    try (LocalDrWorkflows workflows = workflows()) {
      // a rollback names no regions: only what to undo
      String execution = workflows.start("rollback", Json.parse("{\"targets\":[\"alias\"]}"),
          Optional.of("bad-deploy"));
      ExecutionDescription result = workflows.await(execution, WAIT);

      assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(lambda.getAlias(b -> b.functionName("dr-traffic-router").name("live")).functionVersion())
          .isEqualTo("1");
      assertThat(steps(workflows.history(execution))).containsSubsequence("TakeSnapshot", "RollBack", "Verify",
          "NotifySucceeded", "ReleaseLock", "Done");
      assertThat(result.output().orElseThrow().path("snapshot").path("backupArn").asText()).isNotBlank();
    }
  }

  @Test
  void anAutomaticRollbackNeverGoesPastAVersionARollbackReturnedTo() {
    try (LocalDrWorkflows workflows = workflows()) {
      // the router-errors rule's input: the alarm fires once for the bad release, then again for something else
      ExecutionDescription first = workflows.run("rollback",
          Json.parse("{\"targets\":[\"alias\"],\"automatic\":true}"), WAIT);
      ExecutionDescription second = workflows.run("rollback",
          Json.parse("{\"targets\":[\"alias\"],\"automatic\":true}"), WAIT);

      assertThat(first.status()).as(TwoRegionLab.summary(first)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(second.status()).as(TwoRegionLab.summary(second)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(lambda.getAlias(b -> b.functionName("dr-traffic-router").name("live")).functionVersion())
          .as("still the version the first rollback returned to").isEqualTo("1");
      assertThat(second.output().orElseThrow().path("rolledBack").get(0).path("skipped").asText())
          .contains("no deploy to undo");
    }
  }

  @Test
  void theTableIsRestoredIntoANewTable() {
    try (LocalDrWorkflows workflows = workflows()) {
      ExecutionDescription result = workflows.run("rollback", Json.parse("{\"failedRegion\":\"" + MUMBAI
          + "\",\"targetRegion\":\"" + SINGAPORE + "\",\"targets\":[\"table\"],\"restore\":{\"source\":\"point-in-time\","
          + "\"targetTableName\":\"dr-items-restored\"}}"), WAIT);

      assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(aws.dynamoDb(MUMBAI).describeTable(b -> b.tableName("dr-items-restored")).table().tableName())
          .isEqualTo("dr-items-restored");
    }
  }

  @Test
  void routingRecordsReturnToAnEarlierSnapshot() {
    try (LocalDrWorkflows workflows = workflows()) {
      ExecutionDescription baseline = workflows.engine().awaitExecution(workflows.start("rollback", Json.parse(
          "{\"failedRegion\":\"" + MUMBAI + "\",\"targetRegion\":\"" + SINGAPORE + "\",\"targets\":[]}"),
          Optional.of("baseline")), WAIT);
      assertThat(baseline.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      records().makePrimary(SINGAPORE);
      assertThat(records().primaryRegion()).contains(SINGAPORE);

      ExecutionDescription result = workflows.run("rollback", Json.parse("{\"failedRegion\":\"" + MUMBAI
          + "\",\"targetRegion\":\"" + SINGAPORE + "\",\"targets\":[\"routing\"],\"snapshotId\":\"baseline\"}"), WAIT);

      assertThat(result.status()).as(TwoRegionLab.summary(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(records().primaryRegion()).contains(MUMBAI);
    }
  }

  @Test
  void aRollbackThatCannotRestoreFailsAfterNotifyingAndReleasing() {
    try (LocalDrWorkflows workflows = workflows()) {
      String execution = workflows.start("rollback", Json.parse("{\"failedRegion\":\"" + MUMBAI
          + "\",\"targetRegion\":\"" + SINGAPORE + "\",\"targets\":[\"routing\"],\"snapshotId\":\"never-taken\"}"),
          Optional.of("no-snapshot"));
      ExecutionDescription result = workflows.await(execution, WAIT);

      assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(result.error()).contains("DR.InvalidInput");
      assertThat(steps(workflows.history(execution))).containsSubsequence("RollBack", "NotifyFailure", "ReleaseLock",
          "Failed");
      assertThat(lab.lockHeld(MUMBAI, "rollback")).isFalse();
    }
  }
}
