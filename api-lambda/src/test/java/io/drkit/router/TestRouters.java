package io.drkit.router;

import io.drkit.router.health.HealthProbe;
import io.drkit.router.replication.PeerReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** A router over an {@link InMemoryItemStore}, its log captured. */
public final class TestRouters {

  public static final String REGION = "ap-south-1";
  public static final String PEER = "ap-southeast-1";

  private TestRouters() {}

  public static RouterSettings settings() {
    return RouterSettings.builder().region(REGION).peerRegion(PEER).build();
  }

  public static TrafficRouter over(InMemoryItemStore store, ByteArrayOutputStream log) {
    return over(settings(), store, Optional.empty(), log);
  }

  public static TrafficRouter over(
      RouterSettings settings, InMemoryItemStore store, Optional<PeerReader> peer, ByteArrayOutputStream log) {
    HealthProbe probe = () -> new HealthProbe.Report(store.isFenced(), Optional.of("drill"), Optional.empty());
    return TrafficRouterFactory.fromPorts(
        settings, store, probe, peer, Clock.systemUTC(), new PrintStream(log, true, StandardCharsets.UTF_8));
  }
}
