package io.drkit.activities.aws;

import io.drkit.activities.ActivityPorts;
import io.drkit.activities.assess.OutsideView;
import io.drkit.activities.assess.internal.Route53HealthView;
import io.drkit.activities.consistency.internal.DynamoDbItemReplicas;
import io.drkit.activities.control.internal.DynamoDbControlReplicas;
import io.drkit.activities.lock.internal.DynamoDbLockStore;
import io.drkit.activities.notify.internal.SnsNotificationTopic;
import io.drkit.activities.rollback.internal.DynamoDbTableBackups;
import io.drkit.activities.rollback.internal.LambdaRouterAlias;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.MonotonicClock;
import io.drkit.activities.support.internal.Clients;
import io.drkit.activities.support.internal.EmbeddedMetrics;
import io.drkit.activities.support.internal.HttpHealthProbe;
import io.drkit.activities.traffic.internal.Route53FailoverRouting;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The activities' ports on AWS: one set of SDK clients (built per region on first use) behind every adapter. Closing
 * it closes the clients.
 */
public final class AwsActivityPorts implements AutoCloseable {

  /** How long a probe of a region's /health may take: a dead region must not slow the failover down. */
  public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final Clients clients;
  private final ActivityPorts ports;

  private AwsActivityPorts(Clients clients, ActivityPorts ports) {
    this.clients = clients;
    this.ports = ports;
  }

  /** @param metricsOutput where the embedded-metric lines go (standard output on Lambda) */
  public static AwsActivityPorts create(ActivitySettings settings, PrintStream metricsOutput, Clock clock) {
    Clients clients = new Clients(settings);
    Optional<Route53FailoverRouting> routing = settings.hostedZoneId().flatMap(zone -> settings.recordName()
        .map(name -> new Route53FailoverRouting(clients::route53, zone, name)));
    OutsideView outside = routing.<OutsideView>map(r -> new Route53HealthView(clients::route53, r, clock))
        .orElse(OutsideView.none());
    String region = settings.region();
    ActivityPorts ports = ActivityPorts.builder()
        .settings(settings)
        .control(new DynamoDbControlReplicas(clients))
        .locks(new DynamoDbLockStore(() -> clients.dynamoDb(region), settings.tables().control()))
        .probe(new HttpHealthProbe(PROBE_TIMEOUT))
        .outside(outside)
        .routing(routing.map(r -> r))
        .topic(new SnsNotificationTopic(clients))
        .metrics(new EmbeddedMetrics(metricsOutput, clock))
        .items(new DynamoDbItemReplicas(clients))
        .alias(new LambdaRouterAlias(() -> clients.lambda(region), settings.routerFunction(), settings.routerAlias()))
        .backups(new DynamoDbTableBackups(() -> clients.dynamoDb(region), settings.tables().application()))
        .clock(clock)
        .timer(MonotonicClock.system())
        .build();
    return new AwsActivityPorts(clients, ports);
  }

  public ActivityPorts ports() {
    return ports;
  }

  @Override
  public void close() {
    clients.close();
  }
}
