package io.drkit.localaws;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code moto_server} executable: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENVIRONMENT}, else the PATH.
 */
final class MotoExecutable {

  static final String PROPERTY = "moto.server";
  static final String ENVIRONMENT = "MOTO_SERVER";
  private static final String NAME = "moto_server";

  private MotoExecutable() {}

  static Path locate() {
    Optional<String> configured = Optional.ofNullable(System.getProperty(PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT)))
        .filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      Path path = Path.of(configured.get());
      if (!Files.isExecutable(path)) {
        throw new MotoServerMissingException(
            "moto_server was configured as '" + path + "' (by -D" + PROPERTY + " or $" + ENVIRONMENT
                + ") but that is not an executable file");
      }
      return path;
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String directory : pathVariable.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, NAME);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new MotoServerMissingException(
        "moto_server was not found on the PATH. The local AWS regions run on moto's server mode: install it "
            + "with `pip install 'moto[server]'` (moto 5.x), or point -D" + PROPERTY + "=/path/to/moto_server "
            + "or $" + ENVIRONMENT + " at it.");
  }
}
