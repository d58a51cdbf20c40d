package io.drkit.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code moto_server} process on a free loopback port: a stand-in for one region's AWS APIs, spoken to
 * through the real SDK over its wire protocol.
 *
 * <p>Starting is bounded: when the server does not answer within {@link #STARTUP_TIMEOUT} or exits early,
 * {@link #start} fails with the tail of its log instead of waiting forever.
 */
public final class MotoServer implements AutoCloseable {

  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;

  private final Process process;
  private final URI endpoint;
  private final Path log;

  private MotoServer(Process process, URI endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
  }

  /** Starts a server; the name only labels its log file. */
  public static MotoServer start(String name) {
    List<String> command = MotoExecutable.command();
    IllegalStateException last = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      try {
        return startOn(command, freePort(), name);
      } catch (PortTakenException e) {
        last = e; // another process took the port between our probe and the bind: pick another
      }
    }
    throw last;
  }

  private static MotoServer startOn(List<String> command, int port, String name) {
    Path log = createLog(name);
    Process process;
    List<String> arguments = new java.util.ArrayList<>(command);
    arguments.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    try {
      process = new ProcessBuilder(arguments)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("could not launch " + command + ": " + e.getMessage(), e);
    }
    MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
    server.awaitReady();
    return server;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Clears every service's state: far cheaper than a restart between tests. */
  public void reset() {
    int status = post("/moto-api/reset");
    if (status != 200) {
      throw new IllegalStateException("moto reset at " + endpoint + " answered HTTP " + status);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // a log left in the temp directory harms nothing
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String output = logTail();
        if (output.contains("Address already in use")) {
          throw new PortTakenException(output);
        }
        throw new IllegalStateException(
            "moto_server exited with code " + process.exitValue() + " before answering at " + endpoint + ":\n" + output);
      }
      if (answers()) {
        return;
      }
      pause(Duration.ofMillis(50));
    }
    close();
    throw new IllegalStateException(
        "moto_server did not answer at " + endpoint + " within " + STARTUP_TIMEOUT + ":\n" + logTail());
  }

  private boolean answers() {
    try {
      HttpURLConnection connection = open("/moto-api/");
      connection.setRequestMethod("GET");
      return connection.getResponseCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private int post(String path) {
    try {
      HttpURLConnection connection = open(path);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.getOutputStream().close();
      return connection.getResponseCode();
    } catch (IOException e) {
      throw new UncheckedIOException("moto at " + endpoint + " did not answer " + path, e);
    }
  }

  private HttpURLConnection open(String path) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
    connection.setConnectTimeout(1_000);
    connection.setReadTimeout(10_000);
    return connection;
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static Path createLog(String name) {
    try {
      return Files.createTempFile("moto-" + name.replaceAll("[^A-Za-z0-9-]", "_") + "-", ".log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting moto_server", e);
    }
  }

  private static final class PortTakenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }
}
