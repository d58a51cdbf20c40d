package io.drkit.harness.drill;

import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.drill.load.LoadClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a drill runs against: the local lab, or a deployment. The runner puts load on it, plays the scenario's
 * timeline on it, lets it settle, and reads each region's items at the end; everything the checker needs besides
 * the clients' history, the target writes as events while it runs.
 */
public interface DrillTarget extends AutoCloseable {

  /** Opens a target for one drill, its events going to the drill's events file. */
  @FunctionalInterface
  interface Opener {
    DrillTarget open(io.drkit.harness.events.LabEvents events) throws Exception;
  }

  /** The regions, the primary first. */
  List<String> regions();

  /** A region's own endpoint, bypassing DNS. */
  URI regionUrl(String region);

  /** How the load client reaches the service in the given mode. */
  LoadClient.Target loadTarget(ClientMode mode);

  /** The region the service name answers now, for the progress line. */
  Optional<String> dnsAnswer();

  /** Why the timeline's action cannot be played here, if it cannot; asked for every step before the drill. */
  Optional<String> unsupported(String action);

  /** Plays one timeline step on the region ({@code failback}: returns traffic to it). */
  void act(Scenario.Step step, String region) throws Exception;

  /** Waits (bounded) for the workflow executions still running; returns whether none is left. */
  boolean awaitExecutions(Duration timeout) throws InterruptedException;

  /** Waits (bounded) until nothing waits to cross between the regions; returns whether it got there. */
  boolean settle(Duration timeout) throws InterruptedException;

  /** Whether the region's items can still be read at the end (a killed region's cannot). */
  boolean readable(String region);

  /** What the operator should know once the drill is over (a replicator's error, a fault left in place). */
  List<String> warnings();

  @Override
  void close();
}
