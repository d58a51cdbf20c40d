package io.drkit.activities.testing;

import io.drkit.activities.notify.NotificationTopic;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A topic that keeps what is published to it. */
public final class RecordingTopic implements NotificationTopic {

  /** One message. */
  public record Message(String subject, String body) {}

  private final Optional<String> arn;
  private final List<Message> messages = new CopyOnWriteArrayList<>();

  public RecordingTopic(Optional<String> arn) {
    this.arn = arn;
  }

  @Override
  public Optional<String> arn() {
    return arn;
  }

  @Override
  public String publish(String subject, String message) {
    messages.add(new Message(subject, message));
    return "message-" + messages.size();
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }
}
