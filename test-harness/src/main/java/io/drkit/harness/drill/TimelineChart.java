package io.drkit.harness.drill;

import io.drkit.harness.drill.check.DrillRecord;
import io.drkit.harness.drill.check.LabEvent;
import io.drkit.harness.drill.check.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The drill's timeline as an SVG chart: operations per 100 ms, successful ones stacked by the region that served
 * them, failed ones below the axis, with the faults, heals, DNS changes, alarms and workflow steps marked.
 */
final class TimelineChart {

  static final long BUCKET_MS = 100;
  private static final String[] REGION_COLOURS = {"#2b8cbe", "#31a354", "#756bb1", "#e6550d"};
  private static final int BAR = 3;
  private static final int HALF = 110;

  private TimelineChart() {}

  static String svg(DrillRecord record, List<String> regions) {
    List<Operation> ops = record.operations();
    if (ops.isEmpty()) {
      return "<p>No operations were recorded.</p>";
    }
    long start = ops.stream().mapToLong(Operation::startMs).min().getAsLong();
    long end = ops.stream().mapToLong(Operation::endMs).max().getAsLong();
    int buckets = (int) ((end - start) / BUCKET_MS) + 1;
    int[][] ok = new int[regions.size()][buckets];
    int[] failed = new int[buckets];
    for (Operation op : ops) {
      int bucket = (int) ((op.endMs() - start) / BUCKET_MS);
      if (op.failed()) {
        failed[bucket]++;
      } else {
        int region = op.region().map(regions::indexOf).orElse(-1);
        ok[region < 0 ? 0 : region][bucket]++;
      }
    }
    int peak = 1;
    for (int b = 0; b < buckets; b++) {
      int sum = 0;
      for (int[] r : ok) {
        sum += r[b];
      }
      peak = Math.max(peak, Math.max(sum, failed[b]));
    }
    double scale = (HALF - 10) / (double) peak;
    int width = buckets * BAR + 60;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
        + "font-family='sans-serif' font-size='10'>", width, 2 * HALF + 40));
    svg.append(String.format(Locale.ROOT, "<line x1='40' y1='%d' x2='%d' y2='%d' stroke='#999'/>", HALF, width, HALF));
    svg.append(String.format(Locale.ROOT, "<text x='0' y='%d'>%d/100ms</text>", 12, peak));
    svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' fill='#de2d26'>failed</text>", HALF + 20));
    for (int b = 0; b < buckets; b++) {
      int x = 40 + b * BAR;
      double y = HALF;
      for (int r = 0; r < regions.size(); r++) {
        double h = ok[r][b] * scale;
        if (h > 0) {
          y -= h;
          svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%.1f' width='%d' height='%.1f' fill='%s'/>", x, y,
              BAR, h, REGION_COLOURS[r % REGION_COLOURS.length]));
        }
      }
      if (failed[b] > 0) {
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%.1f' fill='#de2d26'/>", x, HALF,
            BAR, failed[b] * scale));
      }
    }
    List<String> labels = new ArrayList<>();
    for (LabEvent event : record.events()) {
      String colour = switch (event.type()) {
        case "fault" -> "#000";
        case "heal" -> "#000";
        case "dns" -> "#2171b5";
        case "health" -> "#74c476";
        case "alarm" -> "#d95f0e";
        case "execution" -> "#6a51a3";
        case "fence", "unfence" -> "#b30000";
        case "release" -> "#31a354";
        case "step" -> "#bbb";
        default -> null;
      };
      if (colour == null || event.timeMs() < start || event.timeMs() > end) {
        continue;
      }
      double x = 40 + (event.timeMs() - start) / (double) BUCKET_MS * BAR;
      String label = String.format(Locale.ROOT, "+%.1f s  %s", (event.timeMs() - start) / 1000.0, label(event));
      svg.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='0' x2='%.1f' y2='%d' stroke='%s'%s><title>%s"
          + "</title></line>", x, x, 2 * HALF, colour, event.type().equals("step") ? " stroke-dasharray='2,2'" : "",
          escape(label)));
      if (!event.type().equals("step")) {
        labels.add(label);
        svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' fill='%s'>%d</text>", x + 2,
            10 + (labels.size() - 1) % 6 * 11, colour, labels.size()));
      }
    }
    for (int r = 0; r < regions.size(); r++) {
      svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='10' height='10' fill='%s'/><text x='%d' y='%d'>"
          + "%s</text>", 50 + r * 140, 2 * HALF + 10, REGION_COLOURS[r], 64 + r * 140, 2 * HALF + 19,
          escape(regions.get(r))));
    }
    svg.append("</svg><ol class='events'>");
    labels.forEach(l -> svg.append("<li>").append(escape(l)).append("</li>"));
    return svg.append("</ol>").toString();
  }

  private static String label(LabEvent event) {
    return event.type() + " " + event.detail().toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }
}
