package io.drkit.activities.traffic.internal;

import DR.InvalidInput;
import io.drkit.activities.traffic.FailoverRouting;
import io.drkit.activities.traffic.RoutingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/** {@link FailoverRouting} through the Route 53 API, on one hosted zone and record name. */
public final class Route53FailoverRouting implements FailoverRouting {

  private final Supplier<Route53Client> route53;
  private final String hostedZoneId;
  private final String recordName;

  /** @param route53 the Route 53 client, built on first use */
  public Route53FailoverRouting(Supplier<Route53Client> route53, String hostedZoneId, String recordName) {
    this.route53 = route53;
    this.hostedZoneId = hostedZoneId;
    this.recordName = recordName.endsWith(".") ? recordName : recordName + ".";
  }

  @Override
  public List<RoutingRecord> current() {
    return sets().stream().map(Route53FailoverRouting::record).toList();
  }

  @Override
  public boolean makePrimary(String region) {
    List<ResourceRecordSet> records = sets();
    if (records.stream().noneMatch(r -> region.equals(r.setIdentifier()))) {
      throw new InvalidInput("no failover record of " + recordName + " has the set identifier " + region);
    }
    List<Change> changes = new ArrayList<>();
    for (ResourceRecordSet record : records) {
      ResourceRecordSetFailover wanted = region.equals(record.setIdentifier())
          ? ResourceRecordSetFailover.PRIMARY : ResourceRecordSetFailover.SECONDARY;
      if (record.failover() != wanted) {
        changes.add(upsert(record.toBuilder().failover(wanted).build()));
      }
    }
    apply(changes);
    return !changes.isEmpty();
  }

  @Override
  public void restore(List<RoutingRecord> saved) {
    apply(saved.stream().map(Route53FailoverRouting::set).map(Route53FailoverRouting::upsert).toList());
  }

  private List<ResourceRecordSet> sets() {
    List<ResourceRecordSet> records = new ArrayList<>();
    for (var page : route53.get().listResourceRecordSetsPaginator(b -> b.hostedZoneId(hostedZoneId))) {
      page.resourceRecordSets().stream()
          .filter(r -> r.name().equalsIgnoreCase(recordName) && r.failover() != null)
          .forEach(records::add);
    }
    return records;
  }

  private void apply(List<Change> changes) {
    if (!changes.isEmpty()) {
      route53.get().changeResourceRecordSets(b -> b.hostedZoneId(hostedZoneId)
          .changeBatch(c -> c.comment("drkit failover").changes(changes)));
    }
  }

  private static Change upsert(ResourceRecordSet set) {
    return Change.builder().action(ChangeAction.UPSERT).resourceRecordSet(set).build();
  }

  static RoutingRecord record(ResourceRecordSet r) {
    return new RoutingRecord(r.name(), r.typeAsString(), r.setIdentifier(), r.failoverAsString(), r.ttl(),
        r.healthCheckId(), r.hasResourceRecords() ? r.resourceRecords().stream().map(ResourceRecord::value).toList() : null,
        r.aliasTarget() == null ? null : new RoutingRecord.Alias(r.aliasTarget().hostedZoneId(),
            r.aliasTarget().dnsName(), Boolean.TRUE.equals(r.aliasTarget().evaluateTargetHealth())));
  }

  static ResourceRecordSet set(RoutingRecord r) {
    ResourceRecordSet.Builder b = ResourceRecordSet.builder().name(r.name()).type(r.type())
        .setIdentifier(r.setIdentifier()).failover(r.failover()).ttl(r.ttl()).healthCheckId(r.healthCheckId());
    if (r.values() != null) {
      b.resourceRecords(r.values().stream().map(v -> ResourceRecord.builder().value(v).build()).toList());
    }
    if (r.alias() != null) {
      b.aliasTarget(AliasTarget.builder().hostedZoneId(r.alias().hostedZoneId()).dnsName(r.alias().dnsName())
          .evaluateTargetHealth(r.alias().evaluateTargetHealth()).build());
    }
    return b.build();
  }
}
