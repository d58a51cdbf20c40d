package io.drkit.harness.serve;

import io.drkit.core.tables.TableNames;
import io.drkit.core.tables.TableProvisioner;
import io.drkit.harness.alb.AlbListener;
import io.drkit.localaws.MotoServer;
import io.drkit.router.RouterSettings;
import io.drkit.router.TrafficRouterFactory;
import io.drkit.router.TrafficRouterHandler;
import io.drkit.router.replication.WriteMode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One region served locally: its AWS endpoint (a moto_server started here, or one given), both tables, and the
 * traffic-router behind an {@link AlbListener}. The lab runs one per region.
 */
public final class ServedRegion implements AutoCloseable {

  /** What to serve. {@code awsEndpoint} empty: start a moto_server for the region. */
  public record Options(
      String region,
      int port,
      Optional<URI> awsEndpoint,
      Optional<String> peerRegion,
      Optional<URI> peerEndpoint,
      WriteMode writeMode,
      int concurrency,
      PrintStream requestLog) {}

  private final Options options;
  private final Optional<MotoServer> moto;
  private final URI awsEndpoint;
  private final AlbListener listener;

  private ServedRegion(Options options, Optional<MotoServer> moto, URI awsEndpoint, AlbListener listener) {
    this.options = options;
    this.moto = moto;
    this.awsEndpoint = awsEndpoint;
    this.listener = listener;
  }

  public static ServedRegion start(Options options) {
    Optional<MotoServer> moto = options.awsEndpoint().isPresent()
        ? Optional.empty()
        : Optional.of(MotoServer.start(options.region()));
    URI endpoint = options.awsEndpoint().orElseGet(() -> moto.orElseThrow().endpoint());
    try {
      try (DynamoDbClient dynamoDb = io.drkit.core.aws.AwsClientSettings.forLocalEndpoint(options.region(), endpoint)
          .dynamoDb()) {
        new TableProvisioner(dynamoDb).ensureTables(TableNames.DEFAULT);
      }
      RouterSettings settings = RouterSettings.builder()
          .region(options.region())
          .peerRegion(options.peerRegion())
          .writeMode(options.writeMode())
          .dynamoDbEndpoint(endpoint)
          .peerDynamoDbEndpoint(options.peerEndpoint())
          .build();
      var handler = new TrafficRouterHandler(TrafficRouterFactory.fromSettings(settings, options.requestLog()));
      AlbListener listener = AlbListener.start(options.port(), options.concurrency(), handler);
      return new ServedRegion(options, moto, endpoint, listener);
    } catch (IOException e) {
      moto.ifPresent(MotoServer::close);
      throw new UncheckedIOException("could not listen on port " + options.port() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      moto.ifPresent(MotoServer::close);
      throw e;
    }
  }

  public String region() {
    return options.region();
  }

  public URI url() {
    return listener.url();
  }

  public URI awsEndpoint() {
    return awsEndpoint;
  }

  @Override
  public void close() {
    listener.close();
    moto.ifPresent(MotoServer::close);
  }
}
