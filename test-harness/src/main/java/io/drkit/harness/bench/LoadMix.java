package io.drkit.harness.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One client's operations against the router: creates, unversioned updates of known items, and reads by id, in a
 * given proportion. Each call returns the HTTP status, or -1 when the request failed outright.
 */
final class LoadMix {

  enum Operation { CREATE, UPDATE, READ }

  private final HttpClient http;
  private final URI url;
  private final double writeShare;
  private final List<String> knownIds = new CopyOnWriteArrayList<>();

  LoadMix(HttpClient http, URI url, double writeShare) {
    this.http = http;
    this.url = url;
    this.writeShare = writeShare;
  }

  Operation next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (knownIds.isEmpty() || random.nextDouble() < writeShare) {
      return knownIds.size() < 50 || random.nextDouble() < 0.7 ? Operation.CREATE : Operation.UPDATE;
    }
    return Operation.READ;
  }

  int run(Operation operation) {
    try {
      return switch (operation) {
        case CREATE -> create();
        case UPDATE -> send(request("/").PUT(json(
            "{\"id\":\"" + anyId() + "\",\"data\":{\"n\":" + ThreadLocalRandom.current().nextInt() + "}}")));
        case READ -> send(request("/?id=" + anyId()).GET());
      };
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private int create() throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request("/").POST(json(
            "{\"data\":{\"payload\":\"" + "x".repeat(200) + "\",\"n\":" + ThreadLocalRandom.current().nextInt() + "}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 201) {
      String body = response.body();
      int start = body.indexOf("\"id\":\"") + 6;
      knownIds.add(body.substring(start, body.indexOf('"', start)));
    }
    return response.statusCode();
  }

  private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String anyId() {
    return knownIds.get(ThreadLocalRandom.current().nextInt(knownIds.size()));
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(url.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }
}
