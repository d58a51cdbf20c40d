package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Writes {@code final-<region>.jsonl}: every item of a region, as its API lists them. */
final class FinalItems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FinalItems() {}

  static long write(URI regionUrl, Path file) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long written = 0;
    String token = null;
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      do {
        String query = "/?limit=100" + (token == null ? "" : "&nextToken="
            + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(regionUrl.resolve(query))
            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IOException("listing the items of " + regionUrl + " answered " + response.statusCode() + ": "
              + response.body());
        }
        JsonNode page = JSON.readTree(response.body());
        for (JsonNode item : page.path("items")) {
          out.write(JSON.writeValueAsString(item));
          out.newLine();
          written++;
        }
        token = page.path("nextToken").isTextual() ? page.path("nextToken").asText() : null;
      } while (token != null);
    }
    return written;
  }
}
