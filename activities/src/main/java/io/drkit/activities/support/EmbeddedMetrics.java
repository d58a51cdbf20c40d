package io.drkit.activities.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * CloudWatch metrics as Embedded Metric Format log lines: Lambda ships them to CloudWatch Logs, which extracts the
 * metrics. No CloudWatch API call on the failover path, nothing to wait on in a failing region.
 */
public final class EmbeddedMetrics {

  public static final String NAMESPACE = "DRKit";

  private final PrintStream out;
  private final Clock clock;

  public EmbeddedMetrics(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Publishes metrics (name to value, with units) under the given dimensions. */
  public ObjectNode publish(Map<String, String> dimensions, Map<String, Double> values, Map<String, String> units) {
    ObjectNode line = Json.object();
    ObjectNode aws = line.putObject("_aws");
    aws.put("Timestamp", clock.millis());
    ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
    directive.put("Namespace", NAMESPACE);
    ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
    dimensions.keySet().forEach(dimensionSet::add);
    ArrayNode metrics = directive.putArray("Metrics");
    values.keySet().forEach(name -> metrics.addObject().put("Name", name).put("Unit", units.getOrDefault(name, "None")));
    dimensions.forEach(line::put);
    values.forEach(line::put);
    out.println(Json.write(line));
    return line;
  }
}
