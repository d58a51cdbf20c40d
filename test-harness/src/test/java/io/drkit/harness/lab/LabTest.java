package io.drkit.harness.lab;

import static io.drkit.harness.testing.Eventually.pause;
import static io.drkit.harness.testing.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.events.LabEvents;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lab end to end: an isolated region is detected, DNS moves, the alarm starts one failover, it succeeds. */
class LabTest {

  private static final String PRIMARY = Lab.REGIONS.get(0);
  private static final String SECONDARY = Lab.REGIONS.get(1);
  private static final List<ObjectNode> events = new CopyOnWriteArrayList<>();
  private static Lab lab;

  @BeforeAll
  static void up() {
    lab = Lab.start(new Lab.Options(LabProfile.fast(), WriteMode.ASYNC), LabEvents.inMemory().listen(events::add));
  }

  @AfterAll
  static void down() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void anIsolatedPrimaryIsFailedOverOnceAndDnsMoves() {
    assertThat(lab.dnsAnswer()).contains(PRIMARY);
    pause(2500); // the checkers see both regions healthy first
    lab.isolate(PRIMARY);
    assertThat(within(Duration.ofSeconds(15), () -> lab.dnsAnswer().equals(Optional.of(SECONDARY)))).as("DNS answers " + SECONDARY)
        .isTrue();
    assertThat(within(Duration.ofSeconds(30), () -> count("execution", "succeeded") + count("execution", "failed") >= 1))
        .as("a failover ran to its end: " + events).isTrue();
    assertThat(count("execution", "succeeded")).as(events.toString()).isEqualTo(1);
    assertThat(count("execution", "started")).isEqualTo(1);
    assertThat(events).anyMatch(e -> e.path("type").asText().equals("alarm")
        && e.path("detail").path("state").asText().equals("ALARM"));
    assertThat(events).anyMatch(e -> e.path("type").asText().equals("dns")
        && e.path("detail").path("to").asText().equals(SECONDARY));
    lab.heal(PRIMARY);
    assertThat(events).anyMatch(e -> e.path("type").asText().equals("unreplicated"));
  }

  private static long count(String type, String status) {
    return events.stream().filter(e -> e.path("type").asText().equals(type)
        && e.path("detail").path("status").asText().equals(status)).count();
  }
}
