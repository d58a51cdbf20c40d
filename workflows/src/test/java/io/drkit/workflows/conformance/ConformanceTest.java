package io.drkit.workflows.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine against executions recorded on AWS Step Functions, read where the corpus lives ({@link CorpusLocation}).
 */
class ConformanceTest {

  /** Raised as the engine improves, never lowered. */
  static final double FLOOR = 0.985;

  @Test
  void theEngineMatchesTheRecordedExecutions() {
    var location = CorpusLocation.find();
    Assumptions.assumeTrue(location.isPresent(), CorpusLocation::absence);
    Path corpus = location.get();

    List<CaseResult> results = ConformanceRunner.run(ConformanceRunner.read(corpus));
    ConformanceReport report = new ConformanceReport(results);
    System.out.println(report.table());
    results.stream().filter(r -> !r.passed()).limit(400).forEach(r ->
        System.out.println("FAIL " + r.conformanceCase().id() + " :: " + r.problem() + " :: "
            + (r.actual() == null ? "" : r.actual().summary())));
    assertThat(report.passRate()).as(report.table()).isGreaterThanOrEqualTo(FLOOR);
  }
}
