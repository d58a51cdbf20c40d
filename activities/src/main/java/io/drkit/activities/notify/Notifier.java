package io.drkit.activities.notify;

import io.drkit.activities.contract.StepJson;
import io.drkit.activities.support.ActivitySettings;

/**
 * Publishes a workflow's outcome to this region's topic: a one-line subject people can scan in a mailbox, and the
 * whole summary as JSON. Delivery is at least once: a retried step may notify twice, never zero times.
 */
public final class Notifier {

  static final int MAX_SUBJECT = 99; // SNS: "must be less than 100 characters"

  private final ActivitySettings settings;
  private final NotificationTopic topic;

  public Notifier(ActivitySettings settings, NotificationTopic topic) {
    this.settings = settings;
    this.topic = topic;
  }

  public Notification notify(NotifyInput input) {
    String region = settings.region();
    String arn = topic.arn().orElseThrow(() -> new DR.InvalidInput("no SNS topic is configured for " + region));
    String subject = "[DR] " + input.workflow() + " " + input.outcome() + " (" + region + ")";
    subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    return new Notification(arn, topic.publish(subject, StepJson.text(input)), subject);
  }
}
