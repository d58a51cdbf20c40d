package io.drkit.harness.lab.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A client's name resolution as a JVM does it: ask the DNS server, keep the answer for its TTL, ask again after.
 * This is what makes a DNS failover take TTL seconds to reach a client. Not thread-safe: one per client thread.
 */
public final class TtlResolver {

  /** Resolution failed: no such name, no answer, or the server did not reply. */
  public static final class ResolutionException extends IOException {
    private static final long serialVersionUID = 1L;

    ResolutionException(String message) {
      super(message);
    }
  }

  private final SimpleResolver resolver;
  private final LongSupplier nanoTime;
  private InetAddress cached;
  private String cachedName;
  private long expiresAtNanos;

  public TtlResolver(InetSocketAddress server, Duration timeout) {
    this(server, timeout, System::nanoTime);
  }

  TtlResolver(InetSocketAddress server, Duration timeout, LongSupplier nanoTime) {
    this.resolver = new SimpleResolver(server);
    this.resolver.setTimeout(timeout);
    this.nanoTime = nanoTime;
  }

  /** The address for {@code name}, from the cache while its TTL lasts. */
  public InetAddress resolve(String name) throws ResolutionException {
    long now = nanoTime.getAsLong();
    if (cached != null && name.equals(cachedName) && now - expiresAtNanos < 0) {
      return cached;
    }
    ARecord record = query(name);
    cached = record.getAddress();
    cachedName = name;
    expiresAtNanos = now + Duration.ofSeconds(record.getTTL()).toNanos();
    return cached;
  }

  /** The cached address, if any, whatever its age: what a client keeps using when the DNS server is unreachable. */
  public Optional<InetAddress> lastKnown() {
    return Optional.ofNullable(cached);
  }

  private ARecord query(String name) throws ResolutionException {
    Message response;
    try {
      Message query = Message.newQuery(Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."),
          Type.A, DClass.IN));
      response = resolver.send(query);
    } catch (TextParseException e) {
      throw new ResolutionException("not a DNS name: " + name);
    } catch (IOException e) {
      throw new ResolutionException("no reply from the DNS server for " + name + ": " + e.getMessage());
    }
    if (response.getRcode() != Rcode.NOERROR) {
      throw new ResolutionException(name + ": " + Rcode.string(response.getRcode()));
    }
    return response.getSection(Section.ANSWER).stream().filter(ARecord.class::isInstance)
        .map(ARecord.class::cast).findFirst()
        .orElseThrow(() -> new ResolutionException(name + ": no A record in the answer"));
  }
}
