package io.drkit.harness.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** What the integrity suite found: each check, and the replication time of each direction against the budget. */
public record IntegrityReport(String first, String second, Duration budget, List<Check> checks,
    List<Direction> directions) {

  public record Check(String name, boolean passed, String detail) {}

  /** Replication times from one region to the other: from the write's acknowledgement to its first sight there. */
  public record Direction(String from, String to, int arrived, int lost, int altered, OptionalLong p50Ms,
      OptionalLong p99Ms, OptionalLong maxMs) {

    static Direction of(String from, String to, List<Long> millis, int lost, int altered) {
      List<Long> sorted = millis.stream().sorted().toList();
      return new Direction(from, to, sorted.size(), lost, altered, percentile(sorted, 50), percentile(sorted, 99),
          sorted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(sorted.get(sorted.size() - 1)));
    }

    /** Nearest rank. */
    static OptionalLong percentile(List<Long> sorted, int p) {
      if (sorted.isEmpty()) {
        return OptionalLong.empty();
      }
      int rank = (int) Math.ceil(p / 100.0 * sorted.size());
      return OptionalLong.of(sorted.get(Math.max(0, rank - 1)));
    }

    boolean withinBudget(Duration budget) {
      return lost == 0 && p99Ms.isPresent() && p99Ms.getAsLong() <= budget.toMillis();
    }
  }

  public boolean passed() {
    return checks.stream().allMatch(Check::passed) && directions.stream().allMatch(d -> d.withinBudget(budget));
  }

  public String summary() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "integrity %s <-> %s%n", first, second));
    checks.forEach(c -> out.append(String.format(Locale.ROOT, "  %-62s %s  %s%n", c.name(),
        c.passed() ? "PASS" : "FAIL", c.detail())));
    for (Direction d : directions) {
      out.append(String.format(Locale.ROOT, "  %-62s %s  p50 %s ms, p99 %s ms, max %s ms (%d samples)%n",
          "replication time " + d.from() + " -> " + d.to() + " within " + budget.toMillis() + " ms",
          d.withinBudget(budget) ? "PASS" : "FAIL", ms(d.p50Ms()), ms(d.p99Ms()), ms(d.maxMs()), d.arrived()));
    }
    out.append(passed() ? "PASS" : "FAIL").append(System.lineSeparator());
    return out.toString();
  }

  private static String ms(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
  }

  public ObjectNode toJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("first_region", first).put("second_region", second).put("budget_ms", budget.toMillis())
        .put("passed", passed());
    var checkArray = json.putArray("checks");
    checks.forEach(c -> checkArray.addObject().put("name", c.name()).put("passed", c.passed())
        .put("detail", c.detail()));
    var directionArray = json.putArray("replication");
    for (Direction d : directions) {
      ObjectNode o = directionArray.addObject().put("from", d.from()).put("to", d.to()).put("arrived", d.arrived())
          .put("lost", d.lost()).put("altered", d.altered()).put("within_budget", d.withinBudget(budget));
      put(o, "p50_ms", d.p50Ms());
      put(o, "p99_ms", d.p99Ms());
      put(o, "max_ms", d.maxMs());
    }
    return json;
  }

  private static void put(ObjectNode o, String name, OptionalLong value) {
    if (value.isPresent()) {
      o.put(name, value.getAsLong());
    } else {
      o.putNull(name);
    }
  }
}
