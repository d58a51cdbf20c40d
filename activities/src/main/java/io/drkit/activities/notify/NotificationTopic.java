package io.drkit.activities.notify;

/** This region's notification topic (SNS deployed). */
public interface NotificationTopic {

  /** The topic's ARN, or empty when none is configured. */
  java.util.Optional<String> arn();

  /** Publishes and returns the message id. */
  String publish(String subject, String message);
}
