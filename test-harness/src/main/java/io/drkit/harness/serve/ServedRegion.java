package io.drkit.harness.serve;

import io.drkit.core.replication.WriteMode;
import io.drkit.core.tables.TableNames;
import io.drkit.core.tables.TableProvisioner;
import io.drkit.harness.alb.AlbListener;
import io.drkit.localaws.MotoServer;
import io.drkit.router.RouterSettings;
import io.drkit.router.TrafficRouter;
import io.drkit.router.TrafficRouterFactory;
import io.drkit.router.TrafficRouterHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
  private final TrafficRouter router;
  private final DegradableHandler handler;
  private final InetAddress address;
  private final int port;
  private volatile AlbListener listener;
  private boolean open = true;

  private ServedRegion(Options options, Optional<MotoServer> moto, URI awsEndpoint, TrafficRouter router,
      DegradableHandler handler, InetAddress address, AlbListener listener) {
    this.options = options;
    this.moto = moto;
    this.awsEndpoint = awsEndpoint;
    this.router = router;
    this.handler = handler;
    this.address = address;
    this.listener = listener;
    this.port = listener.url().getPort();
  }

  public static ServedRegion start(Options options) {
    return start(options, InetAddress.getLoopbackAddress());
  }

  /** Serves on a given loopback address: the lab gives each region its own, with the same port. */
  public static ServedRegion start(Options options, InetAddress address) {
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
      TrafficRouter router = TrafficRouterFactory.fromSettings(settings, options.requestLog());
      try {
        var handler = new DegradableHandler(new TrafficRouterHandler(router));
        AlbListener listener = AlbListener.start(address, options.port(), options.concurrency(), handler);
        return new ServedRegion(options, moto, endpoint, router, handler, address, listener);
      } catch (IOException | RuntimeException e) {
        router.close();
        throw e;
      }
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
    return URI.create("http://" + address.getHostAddress() + ":" + port);
  }

  public InetAddress address() {
    return address;
  }

  public int port() {
    return port;
  }

  /** Closes the front door: connections are refused until {@link #reopen()}; the region's data stays. */
  public synchronized void isolate() {
    if (open) {
      listener.close();
      open = false;
    }
  }

  /** Listens again on the same address and port. */
  public synchronized void reopen() {
    if (open) {
      return;
    }
    try {
      listener = AlbListener.start(address, port, options.concurrency(), handler);
      open = true;
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen again on " + address.getHostAddress() + ":" + port, e);
    }
  }

  /** Degrades the serving path (a gray failure) or, with {@link Degradation#NONE}, heals it. */
  public void degrade(Degradation degradation) {
    handler.degrade(degradation);
  }

  public Degradation degradation() {
    return handler.degradation();
  }

  /** Serves a release with the given defect (the version the live alias points at). */
  public void release(Defect defect) {
    handler.release(defect);
  }

  public Defect defect() {
    return handler.defect();
  }

  /** Invocations that failed since the start: Lambda's Errors metric. */
  public long invocationErrors() {
    return handler.errors();
  }

  public URI awsEndpoint() {
    return awsEndpoint;
  }

  /** Stops listening, then releases the router's SDK clients and the region's own local AWS, if it started one. */
  @Override
  public synchronized void close() {
    isolate();
    router.close();
    moto.ifPresent(MotoServer::close);
  }
}
