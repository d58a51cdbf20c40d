package io.drkit.harness.cli;

import io.drkit.workflows.conformance.CaseResult;
import io.drkit.workflows.conformance.ConformanceReport;
import io.drkit.workflows.conformance.ConformanceRunner;
import io.drkit.workflows.internal.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dr asl conformance}: the engine against recorded executions. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = "Run every case of a conformance corpus (JSON lines of recorded executions) and print the pass "
        + "table per feature and the line 'N passed, M failed'.")
final class AslConformanceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The corpus.")
  Path corpus;

  @Option(names = "--emit", paramLabel = "OUT.jsonl",
      description = "Write one line per case: {\"id\",\"status\",\"output\",\"error\",\"cause\"}.")
  Path emit;

  @Option(names = "--failures", description = "Also list the cases that failed, with why.")
  boolean failures;

  @Override
  public Integer call() throws IOException {
    List<CaseResult> results = ConformanceRunner.run(ConformanceRunner.read(corpus));
    if (emit != null) {
      try (BufferedWriter out = Files.newBufferedWriter(emit)) {
        for (CaseResult result : results) {
          out.write(Json.write(result.toJson()));
          out.newLine();
        }
      }
    }
    if (failures) {
      results.stream().filter(r -> !r.passed()).forEach(r ->
          System.out.println("FAILED " + r.conformanceCase().id() + ": " + r.problem()));
    }
    System.out.println(new ConformanceReport(results).table());
    return 0;
  }
}
