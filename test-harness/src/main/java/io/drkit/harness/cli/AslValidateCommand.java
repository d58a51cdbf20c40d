package io.drkit.harness.cli;

import io.drkit.workflows.internal.Json;
import io.drkit.workflows.validation.DefinitionValidator;
import io.drkit.workflows.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./dr asl validate}: statelint's rules and JSONata's; non-zero exit with the problems listed. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate definitions: fields and types, transitions, reachability, Retry/Catch, paths, intrinsics "
        + "and JSONata. Exit code 1 when any problem is found.")
final class AslValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "DEF.json", description = "Definitions to check.")
  List<Path> definitions;

  @Override
  public Integer call() {
    int problems = 0;
    for (Path definition : definitions) {
      List<Problem> found;
      try {
        found = DefinitionValidator.validate(Json.read(definition));
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        System.out.println(definition + ": " + e.getMessage());
        problems++;
        continue;
      }
      if (found.isEmpty()) {
        System.out.println(definition + ": OK");
      }
      for (Problem problem : found) {
        System.out.println(definition + ": " + problem);
      }
      problems += found.size();
    }
    return problems == 0 ? 0 : 1;
  }
}
