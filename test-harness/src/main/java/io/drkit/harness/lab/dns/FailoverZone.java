package io.drkit.harness.lab.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The failover record sets of one hosted zone, read from the Route 53 API and re-read on {@link #refresh()}, so that
 * a workflow changing which region is PRIMARY shows in the next DNS answer.
 */
public final class FailoverZone {

  private final Route53Client route53;
  private final String hostedZoneId;
  private volatile Map<String, List<FailoverAnswer.Candidate>> byNameAndType = Map.of();

  public FailoverZone(Route53Client route53, String hostedZoneId) {
    this.route53 = route53;
    this.hostedZoneId = hostedZoneId;
  }

  public FailoverZone refresh() {
    Map<String, List<FailoverAnswer.Candidate>> read = new ConcurrentHashMap<>();
    for (var page : route53.listResourceRecordSetsPaginator(b -> b.hostedZoneId(hostedZoneId))) {
      for (ResourceRecordSet set : page.resourceRecordSets()) {
        if (set.failover() == null || set.resourceRecords() == null || set.resourceRecords().isEmpty()) {
          continue; // alias records point at ALBs, which the lab does not have; it uses A records on loopback
        }
        read.computeIfAbsent(key(set.name(), set.typeAsString()), k -> new ArrayList<>())
            .add(new FailoverAnswer.Candidate(set.setIdentifier(), set.failoverAsString(),
                Optional.ofNullable(set.healthCheckId()), set.resourceRecords().stream().map(ResourceRecord::value)
                    .toList(), set.ttl() == null ? 60 : set.ttl()));
      }
    }
    byNameAndType = Map.copyOf(read);
    return this;
  }

  /** The candidates for a name (with or without the final dot, any case) and type; empty when there are none. */
  public List<FailoverAnswer.Candidate> candidates(String name, String type) {
    return byNameAndType.getOrDefault(key(name, type), List.of());
  }

  /** Whether any record of any type has this name, to tell NXDOMAIN from an empty answer. */
  public boolean hasName(String name) {
    String prefix = key(name, "");
    return byNameAndType.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  private static String key(String name, String type) {
    return canonical(name) + " " + type;
  }

  /** A DNS name as the zone keys it: lower case, with the final dot. */
  static String canonical(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }
}
