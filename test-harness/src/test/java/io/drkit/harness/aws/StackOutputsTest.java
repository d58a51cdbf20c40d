package io.drkit.harness.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackOutputsTest {

  @TempDir
  Path dir;

  @Test
  void readsWhatTerraformOutputJsonGives() throws Exception {
    Path file = dir.resolve("outputs.json");
    Files.writeString(file, """
        {
          "regional_endpoints": {"sensitive": false, "type": ["object", {}], "value": {
            "ap-south-1": "https://ap-south-1.api.example.com", "ap-southeast-1": "https://ap-southeast-1.api.example.com"}},
          "regions": {"sensitive": false, "value": ["ap-southeast-1", "ap-south-1"]},
          "primary_alb_dns_name": {"value": "alb-sg.ap-southeast-1.elb.amazonaws.com"},
          "state_machine_arns": {"sensitive": false, "value": {
            "ap-south-1": {"failover": "arn:aws:states:ap-south-1:1:stateMachine:dr-failover"}}},
          "hosted_zone_id": {"sensitive": false, "type": "string", "value": "Z123"}
        }""");
    StackOutputs outputs = StackOutputs.read(file);
    assertThat(outputs.regionalEndpoints()).containsEntry("ap-south-1", URI.create("https://ap-south-1.api.example.com"))
        .hasSize(2);
    assertThat(outputs.stateMachineArns().get("ap-south-1")).containsKey("failover");
    assertThat(outputs.hostedZoneId()).isEqualTo("Z123");
    assertThat(outputs.regions()).as("the primary first, whatever the key order").containsExactly("ap-southeast-1",
        "ap-south-1");
    assertThat(outputs.albDnsNames()).containsEntry("ap-southeast-1", "alb-sg.ap-southeast-1.elb.amazonaws.com");
  }

  @Test
  void saysWhatIsWrongWithAFileThatIsNotTheOutputs() throws Exception {
    Path notJson = dir.resolve("a.json");
    Files.writeString(notJson, "plan: 3 to add");
    assertThatThrownBy(() -> StackOutputs.read(notJson)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read the stack outputs");
    Path other = dir.resolve("b.json");
    Files.writeString(other, "{\"service_endpoint\": {\"value\": \"https://api.example.com\"}}");
    assertThatThrownBy(() -> StackOutputs.read(other)).hasMessageContaining("has no output regional_endpoints");
    assertThatThrownBy(() -> StackOutputs.read(dir.resolve("missing.json")))
        .hasMessageContaining("cannot read the stack outputs");
  }
}
