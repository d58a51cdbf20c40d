package io.drkit.harness.aws;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Which region the service name answers now, asked of this machine's DNS resolver as a client would: the failover
 * record is a CNAME to one region's load balancer.
 */
final class ServiceDns {

  private final String serviceName;
  private final Map<String, String> loadBalancers;

  /** @param loadBalancers each region's load balancer DNS name */
  ServiceDns(URI service, Map<String, String> loadBalancers) {
    this.serviceName = service.getHost();
    this.loadBalancers = loadBalancers;
  }

  Optional<String> region() {
    try {
      Lookup lookup = new Lookup(serviceName, Type.CNAME);
      lookup.setCache(null); // the resolver's own cache is what clients see; this process keeps none of its own
      Record[] answers = lookup.run();
      if (answers == null) {
        return Optional.empty();
      }
      for (Record answer : answers) {
        if (answer instanceof CNAMERecord cname) {
          String target = normal(cname.getTarget().toString());
          return loadBalancers.entrySet().stream().filter(e -> normal(e.getValue()).equals(target))
              .map(Map.Entry::getKey).findFirst();
        }
      }
      return Optional.empty();
    } catch (TextParseException e) {
      return Optional.empty();
    }
  }

  private static String normal(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
