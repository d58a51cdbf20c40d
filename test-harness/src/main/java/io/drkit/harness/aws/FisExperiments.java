package io.drkit.harness.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * AWS Fault Injection Service experiments, started from a template ({@code POST /experiments}) and stopped to undo
 * ({@code DELETE /experiments/ID}), in the template's region. FIS has no SDK module in this build, so its two REST
 * calls are signed with the SDK's own SigV4 signer and sent with its HTTP client.
 */
public final class FisExperiments implements AwsFaults.Experiments, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, URI> endpoint;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  /** The regional FIS endpoints and the default credentials. */
  public FisExperiments() {
    this(region -> URI.create("https://fis." + region + ".amazonaws.com"), DefaultCredentialsProvider.builder().build());
  }

  public FisExperiments(Function<String, URI> endpoint, AwsCredentialsProvider credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  @Override
  public String start(String region, String templateId) {
    String body = JSON.createObjectNode().put("experimentTemplateId", templateId)
        .put("clientToken", UUID.randomUUID().toString()).toString();
    JsonNode answer = call(region, SdkHttpMethod.POST, "/experiments", Optional.of(body));
    String id = answer.path("experiment").path("id").asText("");
    if (id.isEmpty()) {
      throw new IllegalStateException("FIS started no experiment from " + templateId + ": " + answer);
    }
    return id;
  }

  @Override
  public void stop(String region, String experimentId) {
    call(region, SdkHttpMethod.DELETE, "/experiments/" + experimentId, Optional.empty());
  }

  private JsonNode call(String region, SdkHttpMethod method, String path, Optional<String> body) {
    byte[] bytes = body.map(b -> b.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(method)
        .uri(endpoint.apply(region).resolve(path));
    if (body.isPresent()) {
      request.putHeader("Content-Type", "application/json");
    }
    SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials()).request(request.build())
        .payload(ContentStreamProvider.fromByteArray(bytes))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "fis")
        .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    ExecutableHttpRequest call = http.prepareRequest(HttpExecuteRequest.builder()
        .request((software.amazon.awssdk.http.SdkHttpRequest) signed.request())
        .contentStreamProvider(signed.payload().orElse(null)).build());
    try {
      HttpExecuteResponse response = call.call();
      String text = response.responseBody().map(FisExperiments::read).orElse("");
      if (!response.httpResponse().isSuccessful()) {
        throw new IllegalStateException("FIS answered " + response.httpResponse().statusCode() + " to " + method
            + " " + path + ": " + text);
      }
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("FIS did not answer " + method + " " + path + ": " + e.getMessage(), e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
