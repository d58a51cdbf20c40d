package io.drkit.workflows.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine against executions recorded on AWS Step Functions. The corpus is read where it lives (system property
 * {@value #DIRECTORY_PROPERTY}, by default ../shared/conformance beside the checkout); it is never copied here.
 */
class ConformanceTest {

  static final String DIRECTORY_PROPERTY = "drkit.conformance.dir";
  /** Raised as the engine improves, never lowered. */
  static final double FLOOR = 0.985;

  @Test
  void theEngineMatchesTheRecordedExecutions() {
    Path corpus = Path.of(System.getProperty(DIRECTORY_PROPERTY, "../../shared/conformance"), "asl-corpus.jsonl");
    if (!Files.isReadable(corpus)) {
      System.out.println("CONFORMANCE CORPUS ABSENT: " + corpus.toAbsolutePath()
          + " does not exist; set -D" + DIRECTORY_PROPERTY + "=DIR to run the conformance suite");
    }
    Assumptions.assumeTrue(Files.isReadable(corpus), "conformance corpus absent at " + corpus.toAbsolutePath());

    List<CaseResult> results = ConformanceRunner.run(ConformanceRunner.read(corpus));
    ConformanceReport report = new ConformanceReport(results);
    System.out.println(report.table());
    results.stream().filter(r -> !r.passed()).limit(400).forEach(r ->
        System.out.println("FAIL " + r.conformanceCase().id() + " :: " + r.problem() + " :: "
            + (r.actual() == null ? "" : r.actual().summary())));
    assertThat(report.passRate()).as(report.table()).isGreaterThanOrEqualTo(FLOOR);
  }
}
