package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.harness.drill.check.DrillRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code report.json} and {@code report.html}, and the summary printed at the end of a drill. */
public final class DrillReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DrillReport() {}

  public static ObjectNode json(Scenario scenario, DrillOptions options, ObjectNode findings,
      List<Budgets.Verdict> verdicts) {
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.put("drill", scenario.name());
    report.put("profile", options.profile().name());
    report.put("client", options.clientMode().label());
    report.put("write_mode", options.writeMode().name().toLowerCase(Locale.ROOT));
    report.set("findings", findings);
    var budgets = report.putArray("budgets");
    for (Budgets.Verdict v : verdicts) {
      budgets.addObject().put("finding", v.finding()).put("met", v.met()).set("budget", v.budget());
      ((ObjectNode) budgets.get(budgets.size() - 1)).set("found", v.found());
    }
    report.put("passed", verdicts.stream().allMatch(Budgets.Verdict::met));
    return report;
  }

  public static void write(Path dir, ObjectNode report, DrillRecord record, List<String> regions) throws IOException {
    Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(report) + "\n");
    StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset='utf-8'><title>drill ")
        .append(TimelineChart.escape(report.path("drill").asText())).append("</title><style>body{font-family:sans-serif;"
            + "margin:2em}td,th{padding:2px 10px;text-align:left}.miss{color:#de2d26}.events{font-size:12px}"
            + "</style></head><body>");
    html.append("<h1>Drill ").append(TimelineChart.escape(report.path("drill").asText())).append("</h1><p>profile ")
        .append(report.path("profile").asText()).append(", client ").append(report.path("client").asText())
        .append(", write mode ").append(report.path("write_mode").asText()).append(": <b>")
        .append(report.path("passed").asBoolean() ? "all budgets met" : "budgets missed").append("</b></p>");
    html.append("<h2>Operations per 100 ms</h2>").append(TimelineChart.svg(record, regions));
    html.append("<h2>Budgets</h2><table><tr><th>finding</th><th>budget</th><th>found</th><th></th></tr>");
    report.path("budgets").forEach(b -> html.append("<tr").append(b.path("met").asBoolean() ? ">" : " class='miss'>")
        .append("<td>").append(b.path("finding").asText()).append("</td><td>").append(b.path("budget"))
        .append("</td><td>").append(b.path("found")).append("</td><td>")
        .append(b.path("met").asBoolean() ? "met" : "MISSED").append("</td></tr>"));
    html.append("</table><h2>Findings</h2><table>");
    report.path("findings").properties().forEach(e -> html.append("<tr><td>").append(e.getKey()).append("</td><td>")
        .append(TimelineChart.escape(e.getValue().toString())).append("</td></tr>"));
    html.append("</table></body></html>\n");
    Files.writeString(dir.resolve("report.html"), html);
  }

  /** The table printed at the end of a drill. */
  public static String summary(ObjectNode report) {
    ObjectNode f = (ObjectNode) report.path("findings");
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "drill %s (profile %s, client %s, write mode %s)%n",
        report.path("drill").asText(), report.path("profile").asText(), report.path("client").asText(),
        report.path("write_mode").asText()));
    for (String name : List.of("operations", "failed_operations", "rto_ms", "detection_ms", "dns_switch_ms",
        "failover_workflow_ms", "failover_executions", "rollback_executions", "serving_region_before",
        "serving_region_after",
        "acknowledged_inserts", "inserts_missing_at_failover", "inserts_recovered_after_heal",
        "inserts_lost_for_good", "rpo_ms", "lww_conflicts", "lost_updates", "stale_reads", "converged",
        "fences", "split_brain_writes")) {
      out.append(String.format(Locale.ROOT, "  %-30s %s%n", name, f.path(name)));
    }
    report.path("budgets").forEach(b -> out.append(String.format(Locale.ROOT, "  budget %-23s %s %s (found %s)%n",
        b.path("finding").asText(), b.path("met").asBoolean() ? "met   " : "MISSED", b.path("budget"),
        b.path("found"))));
    out.append(report.path("passed").asBoolean() ? "PASS: every budget met" : "FAIL: a budget was missed")
        .append(System.lineSeparator());
    return out.toString();
  }
}
