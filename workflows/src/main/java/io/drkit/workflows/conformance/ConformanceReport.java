package io.drkit.workflows.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pass counts overall and per feature tag. */
public record ConformanceReport(List<CaseResult> results) {

  public long passed() {
    return results.stream().filter(CaseResult::passed).count();
  }

  public long failed() {
    return results.size() - passed();
  }

  public double passRate() {
    return results.isEmpty() ? 0 : (double) passed() / results.size();
  }

  /** The table per feature, then the line {@code N passed, M failed}. */
  public String table() {
    Map<String, int[]> byFeature = new TreeMap<>();
    for (CaseResult result : results) {
      List<String> features = result.conformanceCase().features().isEmpty()
          ? List.of("(none)") : result.conformanceCase().features();
      for (String feature : features) {
        int[] counts = byFeature.computeIfAbsent(feature, f -> new int[2]);
        counts[result.passed() ? 0 : 1]++;
      }
    }
    StringBuilder out = new StringBuilder(String.format("%-16s %7s %7s %7s%n", "feature", "passed", "failed", "rate"));
    byFeature.forEach((feature, counts) -> out.append(String.format("%-16s %7d %7d %6.1f%%%n", feature, counts[0],
        counts[1], 100.0 * counts[0] / (counts[0] + counts[1]))));
    out.append(String.format("%-16s %7d %7d %6.1f%%%n", "all", passed(), failed(), 100 * passRate()));
    out.append(passed()).append(" passed, ").append(failed()).append(" failed");
    return out.toString();
  }
}
