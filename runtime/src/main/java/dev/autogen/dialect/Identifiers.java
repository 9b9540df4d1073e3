package dev.autogen.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL's rules for names, in one place: how an unquoted name is folded, how long a name may be, when one must
 * be quoted, and how the server builds the names it chooses itself. The entity reader, the expression canonicalizer
 * and the dialect all use these, so a name is spelled the same wherever it is compared or written.
 */
public final class Identifiers {

  /** {@code NAMEDATALEN - 1}: the bytes (in the database's encoding, UTF-8 here) a stored name keeps. */
  public static final int MAX_BYTES = 63;

  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

  private Identifiers() {
  }

  /** An unquoted name as PostgreSQL folds it: only A-Z are lowered (as {@code downcase_identifier} does in UTF-8). */
  public static String fold(String name) {
    StringBuilder folded = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (folded == null) {
          folded = new StringBuilder(name);
        }
        folded.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return folded == null ? name : folded.toString();
  }

  /** The name PostgreSQL stores for {@code name} written quoted (kept) or not (folded), truncated to its limit. */
  public static String stored(String name, boolean quoted) {
    return truncate(quoted ? name : fold(name));
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

  /** {@code identifier} as it must be written in SQL: quoted unless it is lower case, plain and no keyword. */
  public static String quote(String identifier) {
    if (PLAIN_IDENTIFIER.matcher(identifier).matches() && !PostgresKeywords.needsQuoting(identifier)) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * The keywords the PostgreSQL JDBC driver reports ({@code DatabaseMetaData.getSQLKeywords()}): every word of the
   * server's {@code pg_get_keywords()} but the SQL:2003 reserved words, lower case. Hibernate quotes these (with
   * its own ANSI list) under {@code hibernate.auto_quote_keyword}.
   */
  public static Set<String> driverReportedKeywords() {
    return PostgresKeywords.driverReported();
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
    return text.codePoints().map(Identifiers::utf8Length).sum();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
