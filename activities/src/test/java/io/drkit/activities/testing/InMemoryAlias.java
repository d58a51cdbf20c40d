package io.drkit.activities.testing;

import io.drkit.activities.rollback.RouterAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The router's alias in memory: published versions, and the one the alias points at; like Lambda, it cannot point at
 * a version that was never published.
 */
public final class InMemoryAlias implements RouterAlias {

  private final List<String> versions = new ArrayList<>();
  private Optional<String> current;

  public InMemoryAlias(String current, String... versions) {
    this.current = Optional.ofNullable(current);
    this.versions.addAll(List.of(versions));
  }

  @Override
  public String function() {
    return "dr-traffic-router";
  }

  @Override
  public String alias() {
    return "live";
  }

  @Override
  public synchronized Optional<String> currentVersion() {
    return current;
  }

  @Override
  public synchronized List<String> versions() {
    return List.copyOf(versions);
  }

  @Override
  public synchronized void pointAt(String version) {
    if (!versions.contains(version)) {
      throw new IllegalArgumentException("Function not found: " + function() + ":" + version);
    }
    current = Optional.of(version);
  }
}
