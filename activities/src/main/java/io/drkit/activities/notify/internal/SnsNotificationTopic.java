package io.drkit.activities.notify.internal;

import io.drkit.activities.notify.NotificationTopic;
import io.drkit.activities.support.internal.Clients;
import java.util.Optional;

/** {@link NotificationTopic} on this region's SNS topic. */
public final class SnsNotificationTopic implements NotificationTopic {

  private final Clients clients;

  public SnsNotificationTopic(Clients clients) {
    this.clients = clients;
  }

  @Override
  public Optional<String> arn() {
    return clients.settings().config(clients.settings().region()).topicArn();
  }

  @Override
  public String publish(String subject, String message) {
    String arn = arn().orElseThrow(() -> new IllegalStateException("no SNS topic is configured"));
    return clients.sns(clients.settings().region())
        .publish(b -> b.topicArn(arn).subject(subject).message(message)).messageId();
  }
}
