package io.drkit.activities.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** What a /health probe saw: the HTTP status, the region that served it, its body when JSON, how long it took. */
public record ProbeResult(int status, Optional<String> servedRegion, Optional<JsonNode> body, long millis) {

  public ProbeResult {
    Objects.requireNonNull(servedRegion, "servedRegion");
    Objects.requireNonNull(body, "body");
  }

  public static ProbeResult of(int status, String servedRegion) {
    return new ProbeResult(status, Optional.ofNullable(servedRegion), Optional.empty(), 1);
  }

  public boolean healthy() {
    return status == 200;
  }

  /** A 503 whose body says the region is fenced: it runs and would serve, but refuses writes by design. */
  public boolean fenced() {
    return status == 503 && body.map(b -> b.path("status").asText()).filter("fenced"::equals).isPresent();
  }
}
