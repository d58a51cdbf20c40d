package io.drkit.localaws;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the {@code moto_server} executable: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENVIRONMENT}, else the PATH.
 */
final class MotoExecutable {

  static final String PROPERTY = "moto.server";
  static final String ENVIRONMENT = "MOTO_SERVER";
  private static final String NAME = "moto_server";

  private MotoExecutable() {}

  /** Set to false to run plain moto_server (to see what the isolating launcher prevents). */
  static final String ISOLATION_PROPERTY = "moto.isolation";

  private static final java.util.Map<Path, List<String>> LAUNCH = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The command that starts a server: the project's isolating launcher on the Python that runs moto when that Python
   * can be found, else moto_server itself.
   */
  static List<String> command() {
    Path executable = locate();
    if ("false".equals(System.getProperty(ISOLATION_PROPERTY))) {
      return List.of(executable.toString());
    }
    return LAUNCH.computeIfAbsent(executable, e -> isolatedLauncher().orElse(List.of(e.toString())));
  }

  private static Optional<List<String>> isolatedLauncher() {
    try {
      String python = Files.readAllLines(realScript()).stream().findFirst()
          .filter(line -> line.startsWith("#!") && line.contains("python"))
          .map(line -> interpreter(line.substring(2).strip().split("\\s+")))
          .orElse("python3");
      Process probe = new ProcessBuilder(python, "-c", "import moto.server, moto.dynamodb.models")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!probe.waitFor(20, TimeUnit.SECONDS) || probe.exitValue() != 0) {
        probe.destroyForcibly();
        return Optional.empty();
      }
      Path script = Files.createTempFile("moto-isolated-", ".py");
      script.toFile().deleteOnExit();
      try (InputStream in = MotoExecutable.class.getResourceAsStream("moto_isolated.py")) {
        Files.write(script, in.readAllBytes());
      }
      return Optional.of(List.of(python, script.toString()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** {@code #!/usr/bin/env python3} names its interpreter second. */
  private static String interpreter(String[] shebang) {
    return shebang[0].endsWith("/env") && shebang.length > 1 ? shebang[1] : shebang[0];
  }

  /** moto_server's real script: pyenv's shim execs the one its version holds. */
  private static Path realScript() throws IOException, InterruptedException {
    Path executable = locate();
    List<String> head = Files.readAllLines(executable).stream().limit(1).toList();
    if (!head.isEmpty() && head.get(0).contains("python")) {
      return executable;
    }
    Process which = new ProcessBuilder("pyenv", "which", "moto_server").redirectErrorStream(true).start();
    String out = new String(which.getInputStream().readAllBytes()).strip();
    return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0 ? Path.of(out) : executable;
  }

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
