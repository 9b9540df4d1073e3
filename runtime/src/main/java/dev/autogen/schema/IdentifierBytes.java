package dev.autogen.schema;

import java.nio.charset.StandardCharsets;

/**
 * How long a PostgreSQL name may be, and how the server shortens the names it builds itself. Here, with the schema
 * records, because ops name objects too ({@code <table>_pkey}) and may not depend on the dialect; the dialect's
 * {@code Identifiers} hands these on, so there is one rule.
 */
public final class IdentifierBytes {

  /** {@code NAMEDATALEN - 1}: the bytes (in the database's encoding, UTF-8 here) a stored name keeps. */
  public static final int MAX_BYTES = 63;

  private IdentifierBytes() {
  }

  /**
   * {@code name} cut to {@link #MAX_BYTES} bytes of UTF-8 without splitting a character, as PostgreSQL's
   * {@code truncate_identifier} (with {@code pg_mbcliplen}) stores it.
   */
  public static String truncate(String name) {
    return clip(name, MAX_BYTES);
  }

  /** Whether PostgreSQL stores {@code name} shorter than it is written. */
  public static boolean isTooLong(String name) {
    return utf8Length(name) > MAX_BYTES;
  }

  /**
   * The name PostgreSQL chooses for an object it names itself ({@code makeObjectName}):
   * {@code <first>_<second>_<label>} ({@code second} may be {@code null}), the longer of the two names shortened
   * first, byte by byte, until the whole fits in {@link #MAX_BYTES}; each is then cut back to a whole character.
   */
  public static String objectName(String first, String second, String label) {
    byte[] firstBytes = first.getBytes(StandardCharsets.UTF_8);
    byte[] secondBytes = second == null ? new byte[0] : second.getBytes(StandardCharsets.UTF_8);
    int overhead = (second == null ? 0 : 1) + utf8Length(label) + 1;
    int available = MAX_BYTES - overhead;
    int firstLength = firstBytes.length;
    int secondLength = secondBytes.length;
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        firstLength--;
      } else {
        secondLength--;
      }
    }
    String name = clip(first, firstLength);
    if (second != null) {
      name += "_" + clip(second, secondLength);
    }
    return name + "_" + label;
  }

  /** The longest prefix of {@code text} of at most {@code maxBytes} bytes of UTF-8 that ends on a whole character. */
  private static String clip(String text, int maxBytes) {
    int bytes = 0;
    int index = 0;
    while (index < text.length()) {
      int codePoint = text.codePointAt(index);
      int length = utf8Length(codePoint);
      if (bytes + length > maxBytes) {
        return text.substring(0, index);
      }
      bytes += length;
      index += Character.charCount(codePoint);
    }
    return text;
  }

  private static int utf8Length(String text) {
    return text.codePoints().map(IdentifierBytes::utf8Length).sum();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
