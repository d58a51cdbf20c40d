package io.drkit.activities.testing;

import io.drkit.activities.support.Metrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every metric published, for the test to read. */
public final class RecordingMetrics implements Metrics {

  /** One publication. */
  public record Published(Map<String, String> dimensions, Map<String, Double> values, Map<String, String> units) {}

  private final List<Published> published = new CopyOnWriteArrayList<>();

  @Override
  public void publish(Map<String, String> dimensions, Map<String, Double> values, Map<String, String> units) {
    published.add(new Published(Map.copyOf(dimensions), Map.copyOf(values), Map.copyOf(units)));
  }

  public List<Published> published() {
    return List.copyOf(published);
  }

  /** The last value of a metric, under any dimensions. */
  public Double last(String metric) {
    for (int i = published.size() - 1; i >= 0; i--) {
      Double value = published.get(i).values().get(metric);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
