package io.drkit.core.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WitnessTest {

  static final String A = "ap-south-1";
  static final String B = "ap-southeast-1";
  static final LeaseTerms TERMS = new LeaseTerms(Duration.ofSeconds(3), Duration.ofSeconds(2), 0.02,
      Duration.ofMillis(200));
  static final long SECOND = 1_000_000_000L;

  private final InMemoryWitness witness = new InMemoryWitness(List.of(A, B));

  @Test
  void aRenewalBumpsTheLeaseVersionOnlyInTheEpochItNames() {
    assertThat(witness.renew(A, 1).applied()).isTrue();
    assertThat(witness.read().leaseVersion(A)).isEqualTo(1);
    assertThat(witness.renew(A, 7).applied()).isFalse();
    assertThat(witness.read().leaseVersion(A)).isEqualTo(1);
  }

  @Test
  void aTakeoverBumpsTheEpochOnlyIfThePeerHasNotRenewedSinceItWasWatched() {
    WitnessState watched = witness.read();
    witness.renew(A, 1);
    assertThat(witness.takeOver(B, watched.epoch(), A, watched.leaseVersion(A)).applied()).as("A renewed").isFalse();
    WitnessState again = witness.read();
    Witness.Outcome taken = witness.takeOver(B, again.epoch(), A, again.leaseVersion(A));
    assertThat(taken.applied()).isTrue();
    assertThat(taken.state().epoch()).isEqualTo(2);
    assertThat(taken.state().solo()).contains(B);
    assertThat(witness.takeOver(A, 2, B, 0).applied()).as("an excluded region cannot take over").isFalse();
  }

  @Test
  void theExcludedRegionCannotRenewUntilARejoin() {
    WitnessState watched = witness.read();
    witness.takeOver(B, watched.epoch(), A, watched.leaseVersion(A));
    assertThat(witness.renew(A, 2).applied()).isFalse();
    assertThat(witness.renew(B, 2).applied()).isTrue();
    assertThat(witness.rejoin(1).applied()).as("a stale epoch").isFalse();
    assertThat(witness.rejoin(2).state()).isEqualTo(witness.read());
    assertThat(witness.read().solo()).isEmpty();
    assertThat(witness.renew(A, 3).applied()).isTrue();
  }

  @Test
  void aLeaseHoldsFromTheStartOfItsRenewalAndEndsAtOnceWhenTheWitnessExcludesTheRegion() {
    ServingLease lease = new ServingLease(A, TERMS, 1);
    assertThat(lease.mayAct(0)).as("nothing renewed yet").isFalse();
    lease.renewal(10 * SECOND, witness.renew(A, 1));
    assertThat(lease.mayAct(12 * SECOND)).isTrue();
    assertThat(lease.mayAct(12_900_000_000L)).as("the margin before the end").isFalse();
    assertThat(lease.holds(12_900_000_000L)).isTrue();
    assertThat(lease.holds(13 * SECOND)).isFalse();

    lease.renewal(12 * SECOND, witness.renew(A, 1));
    WitnessState watched = witness.read();
    witness.takeOver(B, watched.epoch(), A, watched.leaseVersion(A));
    lease.renewal(13 * SECOND, witness.renew(A, lease.epoch()));
    assertThat(lease.holds(13 * SECOND)).as("fenced by the witness").isFalse();
    assertThat(lease.epoch()).isEqualTo(2);
    assertThat(lease.admitted()).isFalse();
  }

  @Test
  void aPeerVouchesOnlyInTheSameEpochAndWhenItIntendsNoTakeover() {
    ServingLease lease = new ServingLease(A, TERMS, 1);
    lease.peerRead(0, new PeerView(1, true, true));
    assertThat(lease.holds(SECOND)).isFalse();
    lease.peerRead(0, new PeerView(2, true, false));
    assertThat(lease.holds(SECOND)).isFalse();
    lease.peerRead(0, new PeerView(1, true, false));
    assertThat(lease.holds(SECOND)).isTrue();
    assertThat(lease.holds(2 * SECOND)).isFalse();
  }

  @Test
  void aTakeoverWaitsOutTheLongestPermissionStretchedByTheDriftBothWays() {
    assertThat(TERMS.takeoverWait()).isEqualTo(Duration.ofNanos((long) Math.ceil(3e9 * 1.02 * 1.02)));
    Takeover takeover = new Takeover(B, A, TERMS);
    takeover.watch(witness, 0);
    assertThat(takeover.complete(witness, SECOND)).as("too early").isEmpty();
    assertThat(takeover.remaining(SECOND)).isEqualTo(TERMS.takeoverWait().minusSeconds(1));
    Optional<WitnessState> alone = takeover.complete(witness, TERMS.takeoverWait().toNanos());
    assertThat(alone).map(WitnessState::solo).contains(Optional.of(B));
  }

  @Test
  void termsRefuseWhatCannotBeHonoured() {
    assertThatThrownBy(() -> new LeaseTerms(Duration.ZERO, Duration.ofSeconds(1), 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeaseTerms(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.7, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
