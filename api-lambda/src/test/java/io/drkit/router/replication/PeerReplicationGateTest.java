package io.drkit.router.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.router.http.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The replicated mode's wait for the peer, on a clock the test moves: nothing really sleeps. */
class PeerReplicationGateTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  /** The former fixed poll, every 100 ms once the pauses had grown, over the whole timeout. */
  private static final long TEN_A_SECOND = TIMEOUT.toMillis() / 100;

  private final AtomicLong nowNanos = new AtomicLong();
  private final List<Long> pauses = new ArrayList<>();
  private int polls;

  /** A degraded peer: every read of it times out. */
  private final PeerReader degraded = id -> {
    polls++;
    throw new IllegalStateException("read timed out");
  };

  @Test
  void aDegradedPeerIsPolledFarLessOftenThanTenTimesASecond() {
    assertThatThrownBy(() -> gate(degraded, new Random(7)::nextDouble).confirmDeleted("item-1"))
        .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).status()).isEqualTo(503);
    assertThat(polls).as("polls in %s ms", TIMEOUT.toMillis()).isLessThan((int) TEN_A_SECOND);
  }

  @Test
  void theFirstPauseIsShortAndNoneIsLongerThanTheCapOrTheTimeLeft() {
    assertThatThrownBy(() -> gate(degraded, () -> 0.999).confirmDeleted("item-1"))
        .isInstanceOf(ApiException.class);
    assertThat(pauses.get(0)).isLessThanOrEqualTo(10);
    assertThat(pauses).allMatch(pause -> pause <= PeerReplicationGate.LONGEST_PAUSE.toMillis());
    assertThat(pauses.stream().mapToLong(Long::longValue).sum()).as("the wait stays within the timeout")
        .isBetween(TIMEOUT.toMillis(), TIMEOUT.toMillis() + 1);
  }

  @Test
  void pausesGrowWhileThePeerStaysBehind() {
    assertThatThrownBy(() -> gate(degraded, () -> 0.5).confirmDeleted("item-1")).isInstanceOf(ApiException.class);
    assertThat(pauses.subList(0, 8)).containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 250L, 250L);
  }

  @Test
  void aPeerThatAlreadyServesTheWriteCostsOnePollAndNoPause() {
    PeerReader upToDate = id -> {
      polls++;
      return Optional.empty();
    };
    gate(upToDate, () -> 0.5).confirmDeleted("item-1");
    assertThat(polls).isEqualTo(1);
    assertThat(pauses).isEmpty();
  }

  private PeerReplicationGate gate(PeerReader peer, DoubleSupplier random) {
    return new PeerReplicationGate(peer, "ap-southeast-1", TIMEOUT,
        new Backoff(PeerReplicationGate.FIRST_PAUSE, PeerReplicationGate.LONGEST_PAUSE, random),
        millis -> {
          pauses.add(millis);
          nowNanos.addAndGet(Duration.ofMillis(millis).toNanos());
        },
        nowNanos::get);
  }
}
