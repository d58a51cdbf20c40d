package io.drkit.activities.metrics;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.testing.ManualTime;
import io.drkit.activities.testing.RecordingMetrics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailoverMetricsTest {

  private final ManualTime time = ManualTime.at("2026-12-02T10:00:10Z");
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final FailoverMetrics recorder = new FailoverMetrics(metrics, time);

  private FailoverMetricsInputBuilder input() {
    return new FailoverMetricsInputBuilder().failedRegion(MUMBAI).targetRegion(SINGAPORE)
        .startedAt(Instant.parse("2026-12-02T10:00:04Z"));
  }

  @Test
  void theRtoRunsFromTheDetectionWhenThereIsOneAndTheRpoIsTheHeartbeatAge() {
    FailoverFigures figures = recorder.record(input().detectedAt(Instant.parse("2026-12-02T10:00:01Z"))
        .failedHeartbeatAgeMs(1500L).build());
    assertThat(figures).isEqualTo(new FailoverFigures(9000, 1500L));
    assertThat(metrics.last("FailoverRTO")).isEqualTo(9000.0);
    assertThat(metrics.last("FailoverRPO")).isEqualTo(1500.0);
    assertThat(metrics.published().get(0).dimensions()).containsEntry("FailedRegion", MUMBAI)
        .containsEntry("TargetRegion", SINGAPORE);
    assertThat(metrics.published().get(0).units()).containsEntry("FailoverRTO", "Milliseconds");
  }

  @Test
  void withoutADetectionTheExecutionsStartCountsAndAnUnknownRpoIsLeftOut() {
    FailoverFigures figures = recorder.record(input().build());
    assertThat(figures.rtoMs()).isEqualTo(6000);
    assertThat(figures.rpoMs()).isNull();
    assertThat(metrics.last("FailoverRPO")).isNull();
    assertThat(metrics.last("Failovers")).isEqualTo(1.0);
  }
}
