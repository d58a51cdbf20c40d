package io.drkit.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drkit.core.replication.WriteMode;
import io.drkit.harness.lab.Lab;
import io.drkit.harness.lab.LabControl;
import io.drkit.harness.events.LabEvents;
import io.drkit.harness.lab.LabProfile;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dr lab}: the two-region lab as a running process, and the commands that act on it from outside. */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "The local two-region lab: up (keeps running), then fault, heal, status, down from another terminal.",
    subcommands = {LabCommand.Up.class, LabCommand.Fault.class, LabCommand.Heal.class, LabCommand.Status.class,
        LabCommand.Down.class})
final class LabCommand {

  /** Where a running lab leaves its control address: the directory it was started in. */
  static final Path STATE = Path.of(".drkit", "lab.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Command(name = "up", mixinStandardHelpOptions = true,
      description = "Start the lab, print its endpoints, and keep it running until Ctrl-C or ./dr lab down.")
  static final class Up implements Callable<Integer> {
    @Option(names = "--profile", defaultValue = "fast", description = "fast or aws (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--write-mode", defaultValue = "async", converter = WriteModeConverter.class,
        description = "async or replicated (default: ${DEFAULT-VALUE}).")
    WriteMode writeMode;

    @Override
    public Integer call() throws Exception {
      if (Files.exists(STATE) && reachable()) {
        throw new IllegalStateException("a lab is already running here (" + STATE + "); ./dr lab down first");
      }
      Files.createDirectories(STATE.getParent());
      Path eventsFile = STATE.resolveSibling("lab-events.jsonl");
      try (LabEvents events = LabEvents.to(eventsFile);
          Lab lab = Lab.start(new Lab.Options(LabProfile.named(profile), writeMode), events);
          LabControl control = new LabControl(lab)) {
        var state = lab.status();
        state.put("control", control.url().toString());
        state.put("events", eventsFile.toString());
        Files.writeString(STATE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        System.out.println("resolve " + lab.serviceName() + " with: dig @" + lab.dnsAddress().getAddress()
            .getHostAddress() + " -p " + lab.dnsAddress().getPort() + " " + lab.serviceName());
        System.out.println("the lab is up; ./dr lab fault isolate --region " + Lab.REGIONS.get(0)
            + ", ./dr lab status, ./dr lab down (or Ctrl-C)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteState()));
        control.awaitDown();
      } finally {
        deleteState();
      }
      return 0;
    }
  }

  @Command(name = "fault", mixinStandardHelpOptions = true,
      description = {"Break the running lab. isolate: the region is unreachable, keeps its data; kill: the region and "
          + "its data are gone for good; gray: a share of the region's requests fail, each is slower; stall: "
          + "replication stops; partition: the regions cannot reach each other, clients reach both (no --region); "
          + "flap: the region's Route 53 health check is inverted; deploy: a release with --defect goes live on the "
          + "region's alias."})
  static final class Fault implements Callable<Integer> {
    @Parameters(index = "0", description = "isolate, kill, gray, stall, partition, flap or deploy")
    String kind;

    @Option(names = "--region", description = "The region to break (all but partition).")
    String region;

    @Option(names = "--error-share", defaultValue = "0.5", description = "gray: the share of requests that fail, "
        + "0 to 1 (default: ${DEFAULT-VALUE}).")
    double errorShare;

    @Option(names = "--latency-ms", defaultValue = "0", description = "gray: added to every request "
        + "(default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--defect", defaultValue = "fail-writes", description = "deploy: fail-writes or fail-all "
        + "(default: ${DEFAULT-VALUE}).")
    String defect;

    @Override
    public Integer call() throws Exception {
      if (!kind.equals("partition") && region == null) {
        System.err.println("--region is needed for " + kind);
        return 2;
      }
      String query = "/fault?kind=" + encode(kind) + (region == null ? "" : "&region=" + encode(region));
      if (kind.equals("gray")) {
        query += "&error_share=" + errorShare + "&latency_ms=" + latencyMs;
      }
      if (kind.equals("deploy")) {
        query += "&defect=" + encode(defect);
      }
      return post(query);
    }
  }

  @Command(name = "heal", mixinStandardHelpOptions = true,
      description = "Undo a region's fault (a partition: either region's). A killed region does not come back.")
  static final class Heal implements Callable<Integer> {
    @Option(names = "--region", required = true, description = "The region to heal.")
    String region;

    @Override
    public Integer call() throws Exception {
      return post("/heal?region=" + encode(region));
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Endpoints, faults, DNS answer, health, alarms and replication of the running lab.")
  static final class Status implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      return send(HttpRequest.newBuilder(control().resolve("/status")).GET());
    }
  }

  @Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the running lab.")
  static final class Down implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      return post("/down");
    }
  }

  private static int post(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(control().resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static int send(HttpRequest.Builder request) throws IOException, InterruptedException {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalArgumentException(JSON.readTree(response.body()).path("error").asText(response.body()));
      }
      System.out.println(response.body());
      return 0;
    } catch (ConnectException e) {
      throw new IllegalStateException("the lab recorded in " + STATE + " is not running; start one with ./dr lab up");
    }
  }

  private static URI control() throws IOException {
    if (!Files.exists(STATE)) {
      throw new IllegalStateException("no lab is running here (no " + STATE + "); start one with ./dr lab up");
    }
    JsonNode state = JSON.readTree(STATE.toFile());
    return URI.create(state.path("control").asText());
  }

  private static boolean reachable() {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(control().resolve("/status"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void deleteState() {
    try {
      Files.deleteIfExists(STATE);
    } catch (IOException ignored) {
      // the next ./dr lab up finds it unreachable and starts anyway
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
