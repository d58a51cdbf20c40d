package io.drkit.harness.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** A CloudWatch "Alarm State Change" event, as EventBridge delivers it to the rules of the alarm's region. */
final class AlarmStateChange {

  private AlarmStateChange() {}

  static JsonNode event(String region, String alarmName, String state, String reason) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    String now = Instant.now().toString();
    event.put("version", "0").put("id", UUID.randomUUID().toString())
        .put("detail-type", "CloudWatch Alarm State Change").put("source", "aws.cloudwatch")
        .put("account", "000000000000").put("time", now).put("region", region);
    event.putArray("resources").add("arn:aws:cloudwatch:" + region + ":000000000000:alarm:" + alarmName);
    ObjectNode detail = event.putObject("detail");
    detail.put("alarmName", alarmName);
    detail.putObject("state").put("value", state).put("reason", reason).put("timestamp", now);
    return event;
  }
}
