package io.drkit.harness.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.core.control.ControlTable;
import io.drkit.core.tables.TableProvisioner;
import io.drkit.harness.events.LabEvents;
import io.drkit.localaws.LocalAws;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * What the observer of a deployment writes, through the real SDK against local AWS: executions at
 * their own times, fences in any replica, DNS changes; what was there before the drill is the baseline, not an event.
 */
class AwsObserverTest {

  private static final String MUMBAI = "ap-south-1";
  private static final String SINGAPORE = "ap-southeast-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(MUMBAI, SINGAPORE);

  @TempDir
  Path dir;

  private AwsClients clients;
  private String machine;

  @BeforeEach
  void deployment() {
    clients = new AwsClients(Map.of(MUMBAI, aws.region(MUMBAI).endpoint(), SINGAPORE, aws.region(SINGAPORE).endpoint()),
        Optional.of(aws.region(MUMBAI).endpoint()));
    for (String region : List.of(MUMBAI, SINGAPORE)) {
      new TableProvisioner(clients.dynamoDb(region)).ensureTables(aws.tables());
    }
    String role;
    try (IamClient iam = aws.region(SINGAPORE).clientSettings().build(IamClient.builder().region(Region.AWS_GLOBAL))) {
      role = iam.createRole(b -> b.roleName("sfn").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\","
          + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"states.amazonaws.com\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
    }
    machine = clients.sfn(SINGAPORE).createStateMachine(b -> b.name("dr-failover").roleArn(role)
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")).stateMachineArn();
  }

  @AfterEach
  void close() {
    clients.close();
  }

  private StackOutputs stack() {
    return new StackOutputs(Optional.of(URI.create("https://api.example.com")),
        Map.of(MUMBAI, URI.create("https://m.example.com"), SINGAPORE, URI.create("https://s.example.com")),
        Map.of(SINGAPORE, Map.of("failover", machine)), Map.of(), Map.of(), Map.of(), "dr",
        aws.tables().application(), aws.tables().control(), "");
  }

  private List<JsonNode> events(Path file) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      all.add(JSON.readTree(line));
    }
    return all;
  }

  @Test
  void writesWhatTheDeploymentDidAsTheLabsEvents() throws Exception {
    Path file = dir.resolve("events.jsonl");
    AtomicReference<Optional<String>> dns = new AtomicReference<>(Optional.of(MUMBAI));
    clients.sfn(SINGAPORE).startExecution(b -> b.stateMachineArn(machine).name("before-the-drill"));
    try (LabEvents events = LabEvents.to(file);
        AwsObserver observer = new AwsObserver(stack(), clients, events, dns::get, Duration.ofHours(1))) {
      String execution = clients.sfn(SINGAPORE).startExecution(b -> b.stateMachineArn(machine).name("in-the-drill"))
          .executionArn();
      new ControlTable(clients.dynamoDb(SINGAPORE), aws.tables().control()).setFence(MUMBAI, true, "failover",
          Instant.now());
      dns.set(Optional.of(SINGAPORE));
      observer.look();
      clients.sfn(SINGAPORE).stopExecution(b -> b.executionArn(execution));
      observer.look();
      assertThat(observer.answering()).contains(SINGAPORE);
    }
    List<JsonNode> seen = events(file);
    assertThat(seen).extracting(e -> e.path("type").asText() + " " + e.path("detail").path("region").asText()
        + " " + e.path("detail").path("state").asText() + e.path("detail").path("status").asText()
        + e.path("detail").path("to").asText())
        .contains("execution ap-southeast-1 started", "fence ap-south-1 ",
            "dns  ap-southeast-1", "execution ap-southeast-1 aborted");
    assertThat(seen).filteredOn(e -> e.path("type").asText().equals("execution")).hasSize(2)
        .as("the execution from before the drill is not the drill's")
        .allMatch(e -> e.path("detail").path("execution").asText().endsWith("in-the-drill"));
  }
}
