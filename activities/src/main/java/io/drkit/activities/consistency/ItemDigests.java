package io.drkit.activities.consistency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Digests of items that do not depend on attribute order or scan order: an item's digest covers its canonical form
 * (maps sorted by name), a bucket's digest is the XOR of its items' digests, and an item's bucket follows from its
 * key alone, so both regions put the same item in the same bucket.
 */
final class ItemDigests {

  private ItemDigests() {}

  static long itemDigest(Map<String, AttributeValue> item) {
    StringBuilder canonical = new StringBuilder();
    append(canonical, AttributeValue.fromM(item));
    return hash(canonical.toString());
  }

  static int bucket(String key, int buckets) {
    return (int) Long.remainderUnsigned(hash(key), buckets);
  }

  static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(StringBuilder out, AttributeValue value) {
    switch (value.type()) {
      case M -> {
        out.append('{');
        new TreeMap<>(value.m()).forEach((k, v) -> {
          out.append(k.length()).append(':').append(k).append('=');
          append(out, v);
          out.append(';');
        });
        out.append('}');
      }
      case L -> {
        out.append('[');
        value.l().forEach(v -> {
          append(out, v);
          out.append(',');
        });
        out.append(']');
      }
      case S -> out.append('s').append(value.s().length()).append(':').append(value.s());
      case N -> out.append('n').append(new java.math.BigDecimal(value.n()).stripTrailingZeros().toString());
      case BOOL -> out.append(value.bool() ? 't' : 'f');
      case NUL -> out.append('z');
      case SS -> out.append("ss").append(sorted(value.ss()));
      case NS -> out.append("ns").append(sorted(value.ns()));
      case B -> out.append('b').append(value.b().asUtf8String());
      default -> out.append('?').append(value);
    }
  }

  /** Two optional copies hold the same data (both absent counts as the same). */
  static boolean same(Optional<Map<String, AttributeValue>> a, Optional<Map<String, AttributeValue>> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return itemDigest(a.get()) == itemDigest(b.get());
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }
}
