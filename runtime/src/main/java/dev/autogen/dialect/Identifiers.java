package dev.autogen.dialect;

import dev.autogen.schema.IdentifierBytes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL's rules for names, in one place: how an unquoted name is folded, how long a name may be, when one must
 * be quoted, and how the server builds the names it chooses itself. The entity reader, the expression canonicalizer
 * and the dialect all use these, so a name is spelled the same wherever it is compared or written. The byte rules
 * (length, truncation, the server's own names) are {@link IdentifierBytes}', beside the schema records, since ops
 * name objects too.
 */
public final class Identifiers {

  /** {@code NAMEDATALEN - 1}: the bytes (in the database's encoding, UTF-8 here) a stored name keeps. */
  public static final int MAX_BYTES = IdentifierBytes.MAX_BYTES;

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
    return IdentifierBytes.truncate(quoted ? name : fold(name));
  }

  /** {@code name} cut to {@link #MAX_BYTES} bytes as PostgreSQL stores it: {@link IdentifierBytes#truncate}. */
  public static String truncate(String name) {
    return IdentifierBytes.truncate(name);
  }

  /** Whether PostgreSQL stores {@code name} shorter than it is written. */
  public static boolean isTooLong(String name) {
    return IdentifierBytes.isTooLong(name);
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

  /** The name PostgreSQL chooses for an object it names itself: {@link IdentifierBytes#objectName}. */
  public static String objectName(String first, String second, String label) {
    return IdentifierBytes.objectName(first, second, label);
  }
}
