package io.drkit.workflows.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the recorded corpus is: the directory named by {@value #PROPERTY} (the build sets it to
 * ../shared/conformance beside the checkout), else a {@code shared/conformance} directory above the working directory.
 * It is read in place, never copied.
 */
public final class CorpusLocation {

  public static final String PROPERTY = "drkit.conformance.dir";
  private static final String FILE = "asl-corpus.jsonl";

  private CorpusLocation() {}

  public static Optional<Path> find() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && Files.isReadable(Path.of(configured, FILE))) {
      return Optional.of(Path.of(configured, FILE));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("conformance").resolve(FILE);
      if (Files.isReadable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Says plainly, in the test output, that the corpus is absent and how to point at it. */
  public static String absence() {
    String message = "CONFORMANCE CORPUS ABSENT: no " + FILE + " under -D" + PROPERTY + "="
        + System.getProperty(PROPERTY) + " nor in a shared/conformance directory above "
        + Path.of("").toAbsolutePath() + "; the conformance checks were skipped";
    System.out.println(message);
    return message;
  }
}
