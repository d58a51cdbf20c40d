package io.drkit.activities.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.LockHeld;
import io.drkit.activities.testing.InMemoryLocks;
import io.drkit.activities.testing.ManualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkflowLockTest {

  private final ManualTime time = ManualTime.at("2026-12-02T10:00:00Z");
  private final WorkflowLock lock = new WorkflowLock(new InMemoryLocks(), time);

  private static AcquireLockInput take(String owner) {
    return new AcquireLockInputBuilder().owner(owner).build();
  }

  @Test
  void aFreeLockIsTakenUntilItsTtlAndDefaultsToTheFailoverLock() {
    LockGrant grant = lock.acquire(take("exec-1"));
    assertThat(grant.lock()).isEqualTo("failover");
    assertThat(grant.owner()).isEqualTo("exec-1");
    assertThat(Duration.between(grant.acquiredAt(), grant.expiresAt())).isEqualTo(Duration.ofSeconds(900));
  }

  @Test
  void itsOwnerTakesItAgainAndAnotherIsToldWhoHoldsItSinceWhen() {
    lock.acquire(take("exec-1"));
    assertThat(lock.acquire(take("exec-1")).owner()).as("a retry of the same step").isEqualTo("exec-1");
    assertThatThrownBy(() -> lock.acquire(take("exec-2"))).isInstanceOf(LockHeld.class)
        .hasMessageContaining("exec-1").hasMessageContaining("since 2026-12-02T10:00:00Z");
  }

  @Test
  void anExpiredLockIsTakenOverSoACrashedExecutionCannotHoldItForEver() {
    lock.acquire(new AcquireLockInputBuilder().owner("crashed").ttlSeconds(60L).build());
    time.advance(Duration.ofSeconds(61));
    assertThat(lock.acquire(take("exec-2")).owner()).isEqualTo("exec-2");
  }

  @Test
  void locksOfOtherNamesAreIndependent() {
    lock.acquire(take("failover-exec"));
    LockGrant rollback = lock.acquire(new AcquireLockInputBuilder().lock("rollback").owner("rollback-exec").build());
    assertThat(rollback.lock()).isEqualTo("rollback");
  }

  @Test
  void onlyItsOwnerReleasesItAndReleasingTwiceIsANoOp() {
    lock.acquire(take("exec-1"));
    assertThat(lock.release(new ReleaseLockInput(null, "exec-2")).released()).isFalse();
    assertThat(lock.release(new ReleaseLockInput(null, "exec-1")).released()).isTrue();
    assertThat(lock.release(new ReleaseLockInput(null, "exec-1")).released()).isFalse();
    assertThat(lock.acquire(take("exec-2")).owner()).isEqualTo("exec-2");
  }
}
