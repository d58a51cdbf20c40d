package io.drkit.activities;

import io.drkit.activities.assess.OutsideView;
import io.drkit.activities.consistency.ItemReplicas;
import io.drkit.activities.control.ControlReplicas;
import io.drkit.activities.lock.LockStore;
import io.drkit.activities.notify.NotificationTopic;
import io.drkit.activities.rollback.RouterAlias;
import io.drkit.activities.rollback.TableBackups;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.Metrics;
import io.drkit.activities.support.MonotonicClock;
import io.drkit.activities.traffic.FailoverRouting;
import java.time.Clock;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the activities touch outside themselves, each behind its port: deployed, the AWS adapters
 * ({@code aws.AwsActivityPorts}); in unit tests, in-memory ones.
 */
@Value.Builder
public record ActivityPorts(
    ActivitySettings settings,
    ControlReplicas control,
    LockStore locks,
    HealthProbe probe,
    OutsideView outside,
    Optional<FailoverRouting> routing,
    NotificationTopic topic,
    Metrics metrics,
    ItemReplicas items,
    RouterAlias alias,
    TableBackups backups,
    Clock clock,
    MonotonicClock timer) {

  public static ActivityPortsBuilder builder() {
    return new ActivityPortsBuilder();
  }
}
