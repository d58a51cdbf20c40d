package io.drkit.activities.traffic;

import DR.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * The service name's Route 53 failover records: one per region, its SetIdentifier the region's name, one PRIMARY and
 * one SECONDARY, each with the health check of its region's /health.
 */
public final class FailoverRecords {

  private final Route53Client route53;
  private final String hostedZoneId;
  private final String recordName;

  public FailoverRecords(Route53Client route53, String hostedZoneId, String recordName) {
    this.route53 = route53;
    this.hostedZoneId = hostedZoneId;
    this.recordName = recordName.endsWith(".") ? recordName : recordName + ".";
  }

  public List<ResourceRecordSet> current() {
    List<ResourceRecordSet> records = new ArrayList<>();
    for (var page : route53.listResourceRecordSetsPaginator(b -> b.hostedZoneId(hostedZoneId))) {
      page.resourceRecordSets().stream()
          .filter(r -> r.name().equalsIgnoreCase(recordName) && r.failover() != null)
          .forEach(records::add);
    }
    return records;
  }

  /** The region whose record is PRIMARY. */
  public Optional<String> primaryRegion() {
    return current().stream().filter(r -> r.failover() == ResourceRecordSetFailover.PRIMARY)
        .map(ResourceRecordSet::setIdentifier).findFirst();
  }

  /** Makes the region's record PRIMARY and the other SECONDARY in one atomic change; no change if already so. */
  public boolean makePrimary(String region) {
    List<ResourceRecordSet> records = current();
    if (records.stream().noneMatch(r -> region.equals(r.setIdentifier()))) {
      throw new InvalidInput("no failover record of " + recordName + " has the set identifier " + region);
    }
    List<Change> changes = new ArrayList<>();
    for (ResourceRecordSet record : records) {
      ResourceRecordSetFailover wanted = region.equals(record.setIdentifier())
          ? ResourceRecordSetFailover.PRIMARY : ResourceRecordSetFailover.SECONDARY;
      if (record.failover() != wanted) {
        changes.add(Change.builder().action(ChangeAction.UPSERT)
            .resourceRecordSet(record.toBuilder().failover(wanted).build()).build());
      }
    }
    apply(changes);
    return !changes.isEmpty();
  }

  /** Puts records back as they were (UPSERT of each). */
  public void restore(List<ResourceRecordSet> saved) {
    List<Change> changes = new ArrayList<>();
    saved.forEach(r -> changes.add(Change.builder().action(ChangeAction.UPSERT).resourceRecordSet(r).build()));
    apply(changes);
  }

  private void apply(List<Change> changes) {
    if (!changes.isEmpty()) {
      route53.changeResourceRecordSets(b -> b.hostedZoneId(hostedZoneId)
          .changeBatch(c -> c.comment("drkit failover").changes(changes)));
    }
  }
}
