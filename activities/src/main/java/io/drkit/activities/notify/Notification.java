package io.drkit.activities.notify;

/** Output of Notify: where it went, its id, and its subject line. */
public record Notification(String topicArn, String messageId, String subject) {}
