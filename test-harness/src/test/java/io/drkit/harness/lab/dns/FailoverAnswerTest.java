package io.drkit.harness.lab.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailoverAnswerTest {

  private static final FailoverAnswer.Candidate PRIMARY = new FailoverAnswer.Candidate("ap-south-1", "PRIMARY",
      Optional.of("hc-a"), List.of("127.0.0.2"), 1);
  private static final FailoverAnswer.Candidate SECONDARY = new FailoverAnswer.Candidate("ap-southeast-1",
      "SECONDARY", Optional.of("hc-b"), List.of("127.0.0.3"), 1);

  private static String served(Set<String> unhealthy, FailoverAnswer.Candidate... candidates) {
    return FailoverAnswer.choose(List.of(candidates), id -> !unhealthy.contains(id)).orElseThrow().setIdentifier();
  }

  @Test
  void primaryWhileHealthy() {
    assertThat(served(Set.of(), SECONDARY, PRIMARY)).isEqualTo("ap-south-1");
    assertThat(served(Set.of("hc-b"), PRIMARY, SECONDARY)).isEqualTo("ap-south-1");
  }

  @Test
  void secondaryWhenPrimaryUnhealthy() {
    assertThat(served(Set.of("hc-a"), PRIMARY, SECONDARY)).isEqualTo("ap-southeast-1");
  }

  @Test
  void primaryWhenBothUnhealthy() {
    assertThat(served(Set.of("hc-a", "hc-b"), PRIMARY, SECONDARY)).isEqualTo("ap-south-1");
  }

  @Test
  void aRecordWithoutHealthCheckIsHealthy() {
    var unchecked = new FailoverAnswer.Candidate("ap-southeast-1", "SECONDARY", Optional.empty(), List.of("127.0.0.3"),
        60);
    assertThat(served(Set.of("hc-a"), PRIMARY, unchecked)).isEqualTo("ap-southeast-1");
  }

  @Test
  void noCandidatesNoAnswer() {
    assertThat(FailoverAnswer.choose(List.of(), id -> true)).isEmpty();
  }
}
