package io.drkit.router.http;

/** Makes client-supplied text safe to echo in an error message: bounded, control characters escaped. */
public final class Printable {

  private static final int MAX = 64;

  private Printable() {}

  public static String of(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(MAX).forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    if (text.codePointCount(0, text.length()) > MAX) {
      out.append("...");
    }
    return out.toString();
  }
}
