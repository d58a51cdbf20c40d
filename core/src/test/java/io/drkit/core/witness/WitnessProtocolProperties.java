package io.drkit.core.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The protocol simulated in real time, millisecond by millisecond: two regions and a witness, links between them
 * cut and mended at random, messages delayed at random, the regions' clocks skewed by days and running at rates as
 * far apart as the terms allow, takeovers started at random by either region whatever the health (the worst a bug
 * or an operator could do). Whenever a region acts alone, the other must hold no permission to act.
 */
class WitnessProtocolProperties {

  static final String A = "ap-south-1";
  static final String B = "ap-southeast-1";
  static final long HORIZON_MS = 30_000;
  static final LeaseTerms TERMS = new LeaseTerms(Duration.ofMillis(3000), Duration.ofMillis(2000), 0.02,
      Duration.ofMillis(200));

  @Property(tries = 200)
  void neverTwoRegionsActingWhenOneActsAlone(@ForAll long seed,
      @ForAll @IntRange(min = -1000, max = 1000) int rateStep,
      @ForAll @LongRange(min = 200, max = 1500) long renewEveryMs) {
    Simulation simulation = new Simulation(new Random(seed), rate(rateStep), renewEveryMs);
    simulation.run();
    assertThat(simulation.violations).as("moments a region acted alone while the other could act").isEmpty();
  }

  @Property(tries = 100)
  void withEveryLinkUpNoTakeoverEverSucceeds(@ForAll long seed,
      @ForAll @IntRange(min = -1000, max = 1000) int rateStep) {
    Simulation simulation = new Simulation(new Random(seed), rate(rateStep), 500);
    simulation.linksNeverFail = true;
    simulation.run();
    assertThat(simulation.takeovers).as("a region whose peer renews is never taken over").isZero();
  }

  /** B's clock rate against A's, from 1 / (1 + drift) to 1 + drift: as far apart as the terms allow. */
  private static double rate(int step) {
    return Math.pow(1 + TERMS.drift(), step / 1000.0);
  }

  /** One run. */
  static final class Simulation {
    final Random random;
    final InMemoryWitness witness = new InMemoryWitness(List.of(A, B));
    final Region a;
    final Region b;
    final long renewEveryMs;
    final List<String> violations = new ArrayList<>();
    int takeovers;
    boolean linksNeverFail;
    final List<long[]> cutsAw = new ArrayList<>();
    final List<long[]> cutsBw = new ArrayList<>();
    final List<long[]> cutsAb = new ArrayList<>();

    Simulation(Random random, double rateOfB, long renewEveryMs) {
      this.random = random;
      this.renewEveryMs = renewEveryMs;
      this.a = new Region(A, 1.0, random.nextLong() / 4);
      this.b = new Region(B, rateOfB, random.nextLong() / 4);
      for (List<long[]> cuts : List.of(cutsAw, cutsBw, cutsAb)) {
        for (int i = random.nextInt(6); i > 0; i--) {
          long from = random.nextLong(HORIZON_MS);
          cuts.add(new long[] {from, from + 500 + random.nextLong(12_000)});
        }
      }
    }

    boolean up(List<long[]> cuts, long t) {
      return linksNeverFail || cuts.stream().noneMatch(c -> t >= c[0] && t < c[1]);
    }

    List<long[]> toWitness(Region region) {
      return region == a ? cutsAw : cutsBw;
    }

    Region peer(Region region) {
      return region == a ? b : a;
    }

    void run() {
      List<Message> inFlight = new ArrayList<>();
      for (long t = 0; t < HORIZON_MS; t++) {
        for (Region region : List.of(a, b)) {
          if ((t + region.phase) % renewEveryMs == 0) {
            inFlight.add(new Message(region, Kind.RENEW, t + random.nextLong(100), region.local(t)));
            inFlight.add(new Message(region, Kind.PEER_READ, t + random.nextLong(100), region.local(t)));
          }
          region.maybeStartTakeover(t);
          region.advanceTakeover(t);
        }
        deliver(inFlight, t);
        check(t);
      }
    }

    void deliver(List<Message> inFlight, long t) {
      for (var it = inFlight.iterator(); it.hasNext(); ) {
        Message m = it.next();
        if (m.arrivesAt > t) {
          continue;
        }
        it.remove();
        if (m.kind == Kind.RENEW && up(toWitness(m.from), t)) {
          Witness.Outcome outcome = witness.renew(m.from.name, m.from.lease.epoch());
          long back = t + random.nextLong(100);
          m.from.pending.add(new Answer(back, m.startedLocal, outcome, null));
        } else if (m.kind == Kind.PEER_READ && up(cutsAb, t)) {
          PeerView view = peer(m.from).view();
          m.from.pending.add(new Answer(t + random.nextLong(100), m.startedLocal, null, view));
        }
      }
      for (Region region : List.of(a, b)) {
        for (var it = region.pending.iterator(); it.hasNext(); ) {
          Answer answer = it.next();
          if (answer.at > t) {
            continue;
          }
          it.remove();
          boolean reached = answer.outcome != null ? up(toWitness(region), t) : up(cutsAb, t);
          if (!reached) {
            continue; // the answer was lost on the way back
          }
          if (answer.outcome != null) {
            region.learn(answer.outcome.state());
            region.lease.renewal(answer.startedLocal, answer.outcome);
          } else {
            region.lease.peerRead(answer.startedLocal, answer.view);
          }
        }
      }
    }

    void check(long t) {
      WitnessState state = witness.read();
      for (Region region : List.of(a, b)) {
        if (region.actsAlone && state.solo().equals(Optional.of(region.name))) {
          Region other = peer(region);
          if (other.lease.holds(other.local(t))) {
            violations.add("at " + t + " ms " + region.name + " acts alone in epoch " + state.epoch() + " while "
                + other.name + " holds a permission (epoch " + other.lease.epoch() + ")");
          }
        }
      }
    }

    enum Kind { RENEW, PEER_READ }

    record Message(Region from, Kind kind, long arrivesAt, long startedLocal) {}

    record Answer(long at, long startedLocal, Witness.Outcome outcome, PeerView view) {}

    /** One region: its clock, its lease, its view of the witness, its takeover if one is under way. */
    final class Region {
      final String name;
      final double rate;
      final long offsetNanos;
      final long phase = random.nextLong(1000);
      final List<Answer> pending = new ArrayList<>();
      ServingLease lease;
      WitnessState known = WitnessState.initial(List.of(A, B));
      Takeover takeover;
      boolean watching;
      boolean actsAlone;

      Region(String name, double rate, long offsetNanos) {
        this.name = name;
        this.rate = rate;
        this.offsetNanos = offsetNanos;
        this.lease = new ServingLease(name, TERMS, 1);
      }

      long local(long realMs) {
        return offsetNanos + (long) (realMs * 1_000_000 * rate);
      }

      PeerView view() {
        return new PeerView(known.epoch(), known.admits(peer(this).name), takeover != null);
      }

      void learn(WitnessState state) {
        if (state.epoch() > known.epoch()) {
          known = state;
          actsAlone = actsAlone && state.solo().equals(Optional.of(name));
        }
      }

      void maybeStartTakeover(long t) {
        if (takeover == null && !actsAlone && random.nextInt(4000) == 0) {
          takeover = new Takeover(name, peer(this).name, TERMS); // the view now says a takeover is under way
          watching = false;
        }
      }

      void advanceTakeover(long t) {
        if (takeover == null || !up(toWitness(this), t)) {
          return;
        }
        if (!watching) {
          learn(takeover.watch(witness, local(t)));
          watching = true;
          return;
        }
        if (!takeover.remaining(local(t)).isZero()) {
          return;
        }
        Optional<WitnessState> alone = takeover.complete(witness, local(t));
        alone.ifPresent(state -> {
          learn(state);
          actsAlone = true;
          takeovers++;
          lease = new ServingLease(name, TERMS, state.epoch());
        });
        takeover = null;
      }
    }
  }
}
