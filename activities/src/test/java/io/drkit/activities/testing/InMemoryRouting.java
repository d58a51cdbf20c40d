package io.drkit.activities.testing;

import io.drkit.activities.traffic.FailoverRouting;
import io.drkit.activities.traffic.RoutingRecord;
import java.util.ArrayList;
import java.util.List;

/** Two failover records in memory, the first region PRIMARY; counts the changes made. */
public final class InMemoryRouting implements FailoverRouting {

  private final List<RoutingRecord> records = new ArrayList<>();
  private int changes;

  public InMemoryRouting(String primary, String secondary) {
    records.add(record(primary, "PRIMARY"));
    records.add(record(secondary, "SECONDARY"));
  }

  private static RoutingRecord record(String region, String role) {
    return new RoutingRecord("api.example.com.", "CNAME", region, role, 60L, "hc-" + region,
        List.of(region + ".alb.example.com"), null);
  }

  @Override
  public synchronized List<RoutingRecord> current() {
    return List.copyOf(records);
  }

  @Override
  public synchronized boolean makePrimary(String region) {
    if (records.stream().noneMatch(r -> region.equals(r.setIdentifier()))) {
      throw new DR.InvalidInput("no failover record has the set identifier " + region);
    }
    boolean changed = false;
    for (int i = 0; i < records.size(); i++) {
      String wanted = region.equals(records.get(i).setIdentifier()) ? "PRIMARY" : "SECONDARY";
      if (!wanted.equals(records.get(i).failover())) {
        records.set(i, records.get(i).withFailover(wanted));
        changed = true;
      }
    }
    changes += changed ? 1 : 0;
    return changed;
  }

  @Override
  public synchronized void restore(List<RoutingRecord> saved) {
    for (RoutingRecord record : saved) {
      records.removeIf(r -> r.setIdentifier().equals(record.setIdentifier()));
      records.add(record);
    }
    changes++;
  }

  public synchronized int changes() {
    return changes;
  }
}
