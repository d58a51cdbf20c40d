package io.drkit.harness.drill.check;

import static io.drkit.harness.drill.check.Drill.A;
import static io.drkit.harness.drill.check.Drill.B;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckerTest {

  private static final String FAULT_A = "{\"kind\":\"isolate\",\"region\":\"ap-south-1\"}";

  @Test
  void rtoRunsFromTheFaultToTheFirstSuccessAfterTheLastFailure() {
    DrillRecord drill = new Drill()
        .insert("a", A, 900, 910)
        .event(1000, "fault", FAULT_A)
        .failure(1001, 1500)
        .insert("b", B, 1600, 1610) // a success in between is not recovery: failures follow
        .failure(1700, 2500)
        .insert("c", B, 2500, 2540)
        .insert("d", B, 2600, 2610)
        .record();
    RecoveryTimes times = RecoveryTimes.of(drill);
    assertThat(times.rtoMs()).hasValue(1540);
    assertThat(times.servingBefore()).contains(A);
    assertThat(times.servingAfter()).contains(B);
    assertThat(times.failedOperations()).isEqualTo(2);
  }

  @Test
  void failuresAfterTheHealAreNotPartOfTheOutage() {
    DrillRecord drill = new Drill()
        .event(1000, "fault", FAULT_A)
        .failure(1000, 1200)
        .insert("a", B, 1300, 1310)
        .event(5000, "heal", FAULT_A)
        .failure(5100, 5200)
        .insert("b", A, 5300, 5310)
        .record();
    assertThat(RecoveryTimes.of(drill).rtoMs()).hasValue(310);
  }

  @Test
  void noRecoveryMeansNoRto() {
    DrillRecord drill = new Drill().insert("a", A, 0, 10).event(1000, "fault", FAULT_A).failure(1000, 3000)
        .record();
    assertThat(RecoveryTimes.of(drill).rtoMs()).isEmpty();
  }

  @Test
  void aFaultNobodyNoticedHasZeroRto() {
    DrillRecord drill = new Drill().insert("a", A, 0, 10).event(1000, "fault", FAULT_A).insert("b", B, 1100, 1110)
        .record();
    assertThat(RecoveryTimes.of(drill).rtoMs()).hasValue(0);
  }

  @Test
  void detectionDnsAndWorkflowTimesComeFromTheEvents() {
    DrillRecord drill = new Drill()
        .event(1000, "fault", FAULT_A)
        .event(1200, "health", "{\"region\":\"ap-south-1\",\"healthy\":true}")
        .event(3100, "health", "{\"region\":\"ap-south-1\",\"healthy\":false}")
        .event(3300, "alarm", "{\"alarm\":\"x\",\"state\":\"ALARM\"}")
        .event(3500, "dns", "{\"name\":\"api.\",\"from\":\"ap-south-1\",\"to\":\"ap-southeast-1\"}")
        .event(3400, "execution", "{\"workflow\":\"failover\",\"status\":\"started\"}")
        .event(3900, "execution", "{\"workflow\":\"failover\",\"status\":\"succeeded\"}")
        .event(4000, "execution", "{\"workflow\":\"consistency\",\"status\":\"started\"}")
        .record();
    RecoveryTimes times = RecoveryTimes.of(drill);
    assertThat(times.detectionMs()).hasValue(2100);
    assertThat(times.dnsSwitchMs()).hasValue(2500);
    assertThat(times.failoverWorkflowMs()).hasValue(500);
    assertThat(times.failoverExecutions()).isEqualTo(1);
  }

  @Test
  void flappingCountsEveryFailoverExecution() {
    DrillRecord drill = new Drill()
        .event(1000, "fault", "{\"kind\":\"flap\",\"region\":\"ap-south-1\"}")
        .event(2000, "execution", "{\"workflow\":\"failover\",\"status\":\"started\"}")
        .event(2500, "execution", "{\"workflow\":\"failover\",\"status\":\"succeeded\"}")
        .event(4000, "execution", "{\"workflow\":\"failover\",\"status\":\"started\"}")
        .record();
    assertThat(RecoveryTimes.of(drill).failoverExecutions()).isEqualTo(2);
  }

  @Test
  void insertsInFlightAtTheFaultAreMissingThenRecoveredOrLost() {
    DrillRecord drill = new Drill()
        .insert("old", A, 100, 110)
        .insert("x", A, 700, 720)
        .insert("y", A, 800, 850)
        .insert("z", A, 900, 950)
        .op(Operation.INSERT, "t", -1, A, 960, 2000, "timeout") // never acknowledged: not counted
        .event(1000, "fault", FAULT_A)
        .event(1000, "unreplicated", "{\"from\":\"ap-south-1\",\"to\":\"ap-southeast-1\",\"keys\":[\"x\",\"y\",\"t\"]}")
        .event(2000, "dns", "{\"from\":\"ap-south-1\",\"to\":\"ap-southeast-1\"}")
        .item(B, "old", 1, "{}").item(B, "x", 1, "{}").item(B, "y", 1, "{}")
        .region(A)
        .record();
    DataLoss loss = DataLoss.of(drill);
    assertThat(loss.acknowledgedInserts()).isEqualTo(4);
    assertThat(loss.survivingRegion()).contains(B);
    assertThat(loss.lostForGood()).containsExactly("z");
    assertThat(loss.missingAtFailover()).containsExactlyInAnyOrder("x", "y", "z");
    assertThat(loss.recoveredAfterHeal()).containsExactlyInAnyOrder("x", "y");
    assertThat(loss.rpoMs()).as("fault minus the acknowledgement of x").isEqualTo(280);
  }

  @Test
  void deletedKeysAreNotLost() {
    DrillRecord drill = new Drill()
        .insert("x", A, 100, 110)
        .op(Operation.DELETE, "x", -1, A, 200, 210, "204")
        .event(1000, "fault", FAULT_A)
        .region(B).region(A)
        .record();
    assertThat(DataLoss.of(drill).lostForGood()).isEmpty();
    assertThat(DataLoss.of(drill).rpoMs()).isZero();
  }

  @Test
  void twoUpdatesReturningTheSameVersionAreAConflictWithALostUpdate() {
    DrillRecord drill = new Drill()
        .op(Operation.UPDATE, "shared", 5, A, 100, 120, "200")
        .op(Operation.UPDATE, "shared", 5, B, 105, 125, "200")
        .op(Operation.UPDATE, "shared", 6, B, 300, 320, "200")
        .op(Operation.UPDATE, "other", 2, B, 300, 320, "200")
        .op(Operation.UPDATE, "other", 2, A, 300, 320, "503") // not acknowledged
        .record();
    Conflicts conflicts = Conflicts.of(drill);
    assertThat(conflicts.acknowledgedUpdates()).isEqualTo(4);
    assertThat(conflicts.lwwConflicts()).isEqualTo(1);
    assertThat(conflicts.lostUpdates()).isEqualTo(1);
  }

  @Test
  void aReadOlderThanAnAcknowledgedWriteIsStale() {
    DrillRecord drill = new Drill()
        .insert("k", A, 0, 10)
        .op(Operation.UPDATE, "k", 2, A, 20, 30, "200")
        .op(Operation.READ, "k", 1, B, 40, 45, "200") // stale: version 2 acknowledged before
        .op(Operation.READ, "k", 2, A, 50, 55, "200")
        .op(Operation.READ, "k", 1, B, 25, 28, "200") // concurrent with the update: not stale
        .insert("n", A, 100, 110)
        .op(Operation.READ, "n", -1, B, 120, 125, "404") // stale: not found after its insert
        .op(Operation.READ, "n", -1, B, 120, 125, "timeout") // a failure, not a read
        .record();
    StaleReads reads = StaleReads.of(drill);
    assertThat(reads.reads()).isEqualTo(4);
    assertThat(reads.staleReads()).isEqualTo(2);
  }

  @Test
  void convergedOnlyWhenEveryRegionHoldsTheSameVersionAndData() {
    Drill same = new Drill().item(A, "a", 1, "{\"n\":1}").item(B, "a", 1, "{\"n\":1}");
    assertThat(Convergence.of(same.record()).converged()).isTrue();
    Drill differentData = new Drill().item(A, "a", 2, "{\"n\":1}").item(B, "a", 2, "{\"n\":2}");
    assertThat(Convergence.of(differentData.record()).divergentIds()).containsExactly("a");
    Drill missing = new Drill().item(A, "a", 1, "{}").item(A, "b", 1, "{}").item(B, "a", 1, "{}");
    Convergence convergence = Convergence.of(missing.record());
    assertThat(convergence.converged()).isFalse();
    assertThat(convergence.divergentIds()).containsExactly("b");
  }

  @Test
  void writesAFencedRegionAcceptedAreSplitBrain() {
    DrillRecord drill = new Drill()
        .event(1000, "fence", "{\"region\":\"ap-south-1\"}")
        .insert("before", A, 900, 950)
        .insert("after", A, 1100, 1150)
        .op(Operation.INSERT, null, -1, A, 1200, 1210, "503")
        .insert("other", B, 1300, 1310)
        .event(2000, "unfence", "{\"region\":\"ap-south-1\"}")
        .insert("later", A, 2100, 2110)
        .record();
    assertThat(SplitBrain.of(drill).writesAfterFencing()).isEqualTo(1);
  }

  @Test
  void findingsUsePlainNamesWithUnits() {
    DrillRecord drill = new Drill().insert("a", A, 0, 10).event(1000, "fault", FAULT_A).failure(1000, 1500)
        .insert("b", B, 1600, 1700).region(B).item(B, "b", 1, "{}").record();
    var json = DrillFindings.of(drill).toJson();
    assertThat(json.path("rto_ms").asLong()).isEqualTo(700);
    assertThat(json.path("inserts_lost_for_good").asLong()).isEqualTo(1);
    assertThat(json.path("lost_for_good_ids").get(0).asText()).isEqualTo("a");
    assertThat(json.path("rpo_ms").asLong()).isEqualTo(990);
    assertThat(json.has("detection_ms") && json.get("detection_ms").isNull()).isTrue();
  }
}
