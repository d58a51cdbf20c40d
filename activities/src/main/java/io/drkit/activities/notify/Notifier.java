package io.drkit.activities.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;

/**
 * Publishes a workflow's outcome to this region's SNS topic: a one-line subject people can scan in a mailbox, and the
 * whole summary as JSON. Delivery is at least once: a retried step may notify twice, never zero times.
 */
public final class Notifier {

  private static final int MAX_SUBJECT = 99; // SNS: "must be less than 100 characters"

  private final Clients clients;

  public Notifier(Clients clients) {
    this.clients = clients;
  }

  /** Input: {@code {"workflow", "outcome", "summary"?: {...}, "error"?: {...}}}; returns the message id. */
  public JsonNode notify(JsonNode json) {
    Input input = Input.of(json);
    String workflow = input.text("workflow");
    String outcome = input.text("outcome");
    String region = clients.settings().region();
    String topic = clients.settings().config(region).topicArn()
        .orElseThrow(() -> new DR.InvalidInput("no SNS topic is configured for " + region));
    String subject = ("[DR] " + workflow + " " + outcome + " (" + region + ")");
    subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    String finalSubject = subject;
    String messageId = clients.sns(region).publish(b -> b.topicArn(topic).subject(finalSubject)
        .message(Json.write(json))).messageId();
    ObjectNode result = Json.object();
    result.put("topicArn", topic);
    result.put("messageId", messageId);
    result.put("subject", subject);
    return result;
  }
}
