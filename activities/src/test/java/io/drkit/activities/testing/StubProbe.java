package io.drkit.activities.testing;

import io.drkit.activities.support.HealthProbe;
import io.drkit.activities.support.ProbeResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** /health answers set by the test per URL; a URL with no answer set does not answer. Records what was probed. */
public final class StubProbe implements HealthProbe {

  private final Map<URI, ProbeResult> answers = new ConcurrentHashMap<>();
  private final List<URI> probed = new ArrayList<>();

  public StubProbe answer(URI url, ProbeResult result) {
    answers.put(url, result);
    return this;
  }

  public StubProbe silence(URI url) {
    answers.remove(url);
    return this;
  }

  @Override
  public synchronized Optional<ProbeResult> get(URI url) {
    probed.add(url);
    return Optional.ofNullable(answers.get(url));
  }

  public synchronized List<URI> probed() {
    return List.copyOf(probed);
  }
}
