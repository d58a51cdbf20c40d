package io.drkit.harness.drill.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * RPO from the client's side. An acknowledged insert is one the client was told is stored; it is missing at
 * failover when it was still in flight to the surviving region when the link was cut (the lab's
 * {@code unreplicated} event), lost for good when the surviving region does not hold it at the end (deleted keys
 * aside), recovered when it was missing at failover and arrived after the heal. RPO in ms is the fault time minus
 * the acknowledgement of the oldest insert missing at failover.
 */
public record DataLoss(
    long acknowledgedInserts,
    Optional<String> survivingRegion,
    Set<String> missingAtFailover,
    Set<String> recoveredAfterHeal,
    Set<String> lostForGood,
    long rpoMs) {

  public static DataLoss of(DrillRecord record) {
    Map<String, Operation> inserts = record.operations().stream()
        .filter(o -> o.op().equals(Operation.INSERT) && o.acknowledged() && o.key().isPresent())
        .collect(Collectors.toMap(o -> o.key().get(), o -> o, (a, b) -> a));
    Set<String> deleted = record.operations().stream()
        .filter(o -> o.op().equals(Operation.DELETE) && (o.acknowledged() || o.status().equals("404")))
        .flatMap(o -> o.key().stream()).collect(Collectors.toSet());
    Optional<LabEvent> fault = record.fault();
    Optional<String> surviving = survivingRegion(record, fault);
    Set<String> lost = new LinkedHashSet<>();
    surviving.ifPresent(region -> {
      Map<String, ?> held = record.finalItems().getOrDefault(region, Map.of());
      inserts.keySet().stream().filter(k -> !deleted.contains(k) && !held.containsKey(k)).sorted().forEach(lost::add);
    });
    Set<String> missing = new LinkedHashSet<>();
    Optional<String> faulted = fault.flatMap(f -> f.text("region"));
    record.events("unreplicated").stream().filter(e -> faulted.isEmpty() || e.text("from").equals(faulted))
        .forEach(e -> e.detail().path("keys").forEach(k -> {
          if (inserts.containsKey(k.asText())) {
            missing.add(k.asText());
          }
        }));
    missing.addAll(lost); // a write lost for good was missing at failover, whatever the lab saw in flight
    Set<String> recovered = new LinkedHashSet<>(missing);
    recovered.removeAll(lost);
    long faultMs = fault.map(LabEvent::timeMs).orElse(0L);
    OptionalLong oldest = missing.stream().mapToLong(k -> inserts.get(k).endMs()).min();
    long rpo = oldest.isPresent() ? Math.max(0, faultMs - oldest.getAsLong()) : 0;
    return new DataLoss(inserts.size(), surviving, Set.copyOf(missing), Set.copyOf(recovered), Set.copyOf(lost), rpo);
  }

  /**
   * The region DNS moved to after the fault, else the region that was not faulted; for a fault of no one region (a
   * partition), the first region: every acknowledged insert must be there at the end.
   */
  private static Optional<String> survivingRegion(DrillRecord record, Optional<LabEvent> fault) {
    if (fault.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> faulted = fault.get().text("region");
    Optional<String> dns = record.events("dns").stream().filter(e -> e.timeMs() >= fault.get().timeMs())
        .flatMap(e -> e.text("to").stream()).filter(r -> faulted.isEmpty() || !r.equals(faulted.get())).findFirst();
    if (dns.isPresent()) {
      return dns;
    }
    return record.finalItems().keySet().stream().filter(r -> faulted.isEmpty() || !r.equals(faulted.get()))
        .sorted().findFirst();
  }
}
