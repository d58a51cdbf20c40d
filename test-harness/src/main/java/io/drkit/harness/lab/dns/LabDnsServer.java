package io.drkit.harness.lab.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Route 53's DNS data plane for the lab: answers A queries over UDP on loopback with the failover record that
 * {@link FailoverAnswer} picks from the zone and the health checkers' verdicts, with the record's TTL. The zone is
 * re-read from the Route 53 API on an interval; when that API is unreachable the last zone read keeps being served,
 * as Route 53's data plane keeps answering when its control plane is impaired.
 */
public final class LabDnsServer implements AutoCloseable {

  /** The answer for a name changed: the set identifier (the region) now served, or empty for none. */
  public record AnswerChange(String name, Optional<String> from, Optional<String> to) {}

  private static final int MAX_UDP_PAYLOAD = 512;

  private final FailoverZone zone;
  private final Predicate<String> healthCheckHealthy;
  private final Consumer<AnswerChange> onChange;
  private final DatagramSocket socket;
  private final Map<String, Optional<String>> lastServed = new ConcurrentHashMap<>();
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(daemon("lab-dns-zone"));
  private final Thread receiver;

  private LabDnsServer(FailoverZone zone, Predicate<String> healthCheckHealthy, Consumer<AnswerChange> onChange,
      DatagramSocket socket) {
    this.zone = zone;
    this.healthCheckHealthy = healthCheckHealthy;
    this.onChange = onChange;
    this.socket = socket;
    this.receiver = daemon("lab-dns").newThread(this::serve);
  }

  /**
   * Starts answering on 127.0.0.1 ({@code port} 0 picks a free one).
   *
   * @param healthCheckHealthy the health checkers' verdict for a health check id
   * @param onChange told when the region served for a name changes, checked on each refresh
   */
  public static LabDnsServer start(FailoverZone zone, int port, Duration refreshInterval,
      Predicate<String> healthCheckHealthy, Consumer<AnswerChange> onChange) {
    DatagramSocket socket;
    try {
      socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (SocketException e) {
      throw new UncheckedIOException("the lab DNS server could not listen on UDP port " + port + ": "
          + e.getMessage(), e);
    }
    zone.refresh();
    LabDnsServer server = new LabDnsServer(zone, healthCheckHealthy, onChange, socket);
    server.refresher.scheduleWithFixedDelay(server::refreshQuietly, refreshInterval.toMillis(),
        refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    server.receiver.start();
    return server;
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** The answer a query for {@code name} would get now (what the DNS packets carry). */
  public Optional<FailoverAnswer> answer(String name) {
    Optional<FailoverAnswer> answer = FailoverAnswer.choose(zone.candidates(name, "A"), healthCheckHealthy);
    noteServed(name, answer.map(FailoverAnswer::setIdentifier));
    return answer;
  }

  /** Re-evaluates the names answered so far, so a health change is reported even before the next query. */
  public void reevaluate() {
    lastServed.keySet().forEach(this::answer);
  }

  private void noteServed(String name, Optional<String> served) {
    String key = FailoverZone.canonical(name);
    Optional<String> before = lastServed.put(key, served);
    if (before != null && !before.equals(served)) {
      onChange.accept(new AnswerChange(key, before, served));
    }
  }

  private void refreshQuietly() {
    try {
      zone.refresh();
    } catch (RuntimeException e) {
      return; // the Route 53 API is unreachable: keep answering from the last zone read
    }
    reevaluate();
  }

  private void serve() {
    byte[] buffer = new byte[MAX_UDP_PAYLOAD * 8];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        byte[] reply = reply(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        if (reply != null) {
          socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      } catch (RuntimeException e) {
        // one bad query must not stop the server; the client times out and retries
      }
    }
  }

  /** The reply to one query packet; null when the packet is too broken to answer. */
  byte[] reply(byte[] queryBytes) {
    Message query;
    try {
      query = new Message(queryBytes);
    } catch (IOException e) {
      return formatError(queryBytes);
    }
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    if (query.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
    }
    Record question = query.getQuestion();
    if (question == null || query.getHeader().getOpcode() != Opcode.QUERY) {
      response.getHeader().setRcode(question == null ? Rcode.FORMERR : Rcode.NOTIMP);
      return response.toWire(MAX_UDP_PAYLOAD);
    }
    response.addRecord(question, Section.QUESTION);
    String name = question.getName().toString();
    if (!zone.hasName(name)) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
      return response.toWire(MAX_UDP_PAYLOAD);
    }
    if (question.getType() == Type.A) {
      answer(name).ifPresent(a -> a.values().forEach(ip -> response.addRecord(new ARecord(question.getName(),
          DClass.IN, a.ttlSeconds(), address(ip)), Section.ANSWER)));
    }
    return response.toWire(MAX_UDP_PAYLOAD);
  }

  private static byte[] formatError(byte[] queryBytes) {
    if (queryBytes.length < 2) {
      return null;
    }
    Message response = new Message(((queryBytes[0] & 0xff) << 8) | (queryBytes[1] & 0xff));
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setRcode(Rcode.FORMERR);
    return response.toWire(MAX_UDP_PAYLOAD);
  }

  private static InetAddress address(String ip) {
    byte[] bytes = org.xbill.DNS.Address.toByteArray(ip, org.xbill.DNS.Address.IPv4);
    try {
      if (bytes == null) {
        throw new java.net.UnknownHostException(ip);
      }
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("the record value " + ip + " is not an IPv4 address", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    socket.close();
    try {
      receiver.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
