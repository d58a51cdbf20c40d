package io.drkit.harness.drill.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The time figures of a drill, all measured from the first fault. Client-perceived RTO ends when an operation
 * succeeds after the last failure that began before the heal: from then on the clients saw no gap. Failures after
 * the heal (a failback) are not part of this outage.
 */
public record RecoveryTimes(
    OptionalLong rtoMs,
    OptionalLong detectionMs,
    OptionalLong dnsSwitchMs,
    OptionalLong failoverWorkflowMs,
    int failoverExecutions,
    OptionalLong rollbackWorkflowMs,
    int rollbackExecutions,
    long failedOperations,
    Optional<String> servingBefore,
    Optional<String> servingAfter) {

  static final String FAILOVER = "failover";
  static final String ROLLBACK = "rollback";

  public static RecoveryTimes of(DrillRecord record) {
    Optional<LabEvent> fault = record.fault();
    if (fault.isEmpty()) {
      return new RecoveryTimes(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
          0, OptionalLong.empty(), 0, record.operations().stream().filter(Operation::failed).count(), Optional.empty(), Optional.empty());
    }
    long faultMs = fault.get().timeMs();
    long healMs = record.first("heal", faultMs).map(LabEvent::timeMs).orElse(Long.MAX_VALUE);
    List<Operation> ops = record.operations();
    List<Operation> outage = ops.stream().filter(o -> o.failed() && o.endMs() >= faultMs && o.startMs() < healMs)
        .toList();
    Optional<String> before = ops.stream().filter(o -> o.acknowledged() && o.endMs() <= faultMs)
        .max(Comparator.comparingLong(Operation::endMs)).flatMap(Operation::region);
    OptionalLong rto;
    Optional<String> after;
    if (outage.isEmpty()) {
      rto = OptionalLong.of(0);
      after = before;
    } else {
      long lastFailure = outage.stream().mapToLong(Operation::endMs).max().getAsLong();
      Optional<Operation> recovery = ops.stream().filter(o -> o.acknowledged() && o.endMs() > lastFailure)
          .min(Comparator.comparingLong(Operation::endMs));
      rto = recovery.map(o -> OptionalLong.of(o.endMs() - faultMs)).orElse(OptionalLong.empty());
      after = recovery.flatMap(Operation::region);
    }
    return new RecoveryTimes(rto, detection(record, faultMs), dnsSwitch(record, faultMs, fault.get()),
        workflowDuration(record, faultMs, FAILOVER), executions(record, faultMs, FAILOVER),
        workflowDuration(record, faultMs, ROLLBACK), executions(record, faultMs, ROLLBACK),
        ops.stream().filter(Operation::failed).count(), before, after);
  }

  private static OptionalLong detection(DrillRecord record, long faultMs) {
    return record.events().stream().filter(e -> e.timeMs() >= faultMs)
        .filter(e -> e.type().equals("health") && !e.detail().path("healthy").asBoolean(true)
            || e.type().equals("alarm") && e.text("state").orElse("").equals("ALARM"))
        .mapToLong(e -> e.timeMs() - faultMs).findFirst();
  }

  private static OptionalLong dnsSwitch(DrillRecord record, long faultMs, LabEvent fault) {
    Optional<String> faulted = fault.text("region");
    return record.events().stream().filter(e -> e.type().equals("dns") && e.timeMs() >= faultMs)
        .filter(e -> e.text("to").isPresent() && !e.text("to").equals(faulted))
        .mapToLong(e -> e.timeMs() - faultMs).findFirst();
  }

  private static List<LabEvent> executionEvents(DrillRecord record, long faultMs, String workflow) {
    return record.events().stream()
        .filter(e -> e.type().equals("execution") && e.timeMs() >= faultMs)
        .filter(e -> e.text("workflow").orElse("").equals(workflow)).toList();
  }

  /** The first execution of the workflow after the fault, start to end. */
  private static OptionalLong workflowDuration(DrillRecord record, long faultMs, String workflow) {
    List<LabEvent> events = executionEvents(record, faultMs, workflow);
    Optional<LabEvent> started = events.stream().filter(e -> e.text("status").orElse("").equals("started"))
        .findFirst();
    if (started.isEmpty()) {
      return OptionalLong.empty();
    }
    long from = started.get().timeMs();
    return events.stream().filter(e -> e.timeMs() >= from)
        .filter(e -> !e.text("status").orElse("").equals("started"))
        .mapToLong(e -> e.timeMs() - from).findFirst();
  }

  private static int executions(DrillRecord record, long faultMs, String workflow) {
    return (int) executionEvents(record, faultMs, workflow).stream()
        .filter(e -> e.text("status").orElse("").equals("started")).count();
  }
}
