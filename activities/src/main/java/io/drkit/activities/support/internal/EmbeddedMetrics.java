package io.drkit.activities.support.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.support.Metrics;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@link Metrics} as Embedded Metric Format log lines: Lambda ships them to CloudWatch Logs, which extracts the
 * metrics.
 */
public final class EmbeddedMetrics implements Metrics {

  private final PrintStream out;
  private final Clock clock;

  public EmbeddedMetrics(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  @Override
  public void publish(Map<String, String> dimensions, Map<String, Double> values, Map<String, String> units) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
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
    out.println(StepJson.text(line));
  }
}
