package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;
import java.util.Set;

/** What the checker found in one drill's files; {@link #toJson()} is {@code report.json}'s findings. */
public record DrillFindings(
    long operations,
    RecoveryTimes times,
    DataLoss loss,
    Conflicts conflicts,
    StaleReads reads,
    Convergence convergence,
    SplitBrain splitBrain) {

  public static DrillFindings of(DrillRecord record) {
    return new DrillFindings(record.operations().size(), RecoveryTimes.of(record), DataLoss.of(record),
        Conflicts.of(record), StaleReads.of(record), Convergence.of(record), SplitBrain.of(record));
  }

  /** Plain names with their units in the name; a time that never happened is null. */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("operations", operations);
    json.put("failed_operations", times.failedOperations());
    put(json, "rto_ms", times.rtoMs());
    put(json, "detection_ms", times.detectionMs());
    put(json, "dns_switch_ms", times.dnsSwitchMs());
    put(json, "failover_workflow_ms", times.failoverWorkflowMs());
    json.put("failover_executions", times.failoverExecutions());
    put(json, "rollback_workflow_ms", times.rollbackWorkflowMs());
    json.put("rollback_executions", times.rollbackExecutions());
    json.put("serving_region_before", times.servingBefore().orElse(null));
    json.put("serving_region_after", times.servingAfter().orElse(null));
    json.put("acknowledged_inserts", loss.acknowledgedInserts());
    json.put("surviving_region", loss.survivingRegion().orElse(null));
    json.put("inserts_missing_at_failover", loss.missingAtFailover().size());
    json.put("inserts_recovered_after_heal", loss.recoveredAfterHeal().size());
    json.put("inserts_lost_for_good", loss.lostForGood().size());
    json.put("rpo_ms", loss.rpoMs());
    ids(json, "lost_for_good_ids", loss.lostForGood());
    json.put("acknowledged_updates", conflicts.acknowledgedUpdates());
    json.put("lww_conflicts", conflicts.lwwConflicts());
    json.put("lost_updates", conflicts.lostUpdates());
    json.put("reads", reads.reads());
    json.put("stale_reads", reads.staleReads());
    json.put("converged", convergence.converged());
    json.put("final_items", convergence.items());
    ids(json, "divergent_ids", convergence.divergentIds());
    json.put("fences", splitBrain.fences());
    json.put("split_brain_writes", splitBrain.writesAfterFencing());
    return json;
  }

  private static void put(ObjectNode json, String name, OptionalLong value) {
    if (value.isPresent()) {
      json.put(name, value.getAsLong());
    } else {
      json.putNull(name);
    }
  }

  private static void ids(ObjectNode json, String name, Set<String> ids) {
    var array = json.putArray(name);
    ids.stream().sorted().forEach(array::add);
  }
}
