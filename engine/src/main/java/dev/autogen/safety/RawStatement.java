package dev.autogen.safety;

import dev.autogen.schema.QualifiedName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the form of hand-written SQL ({@code op.execute}) says about its safety, for when nothing was measured:
 * an index built or dropped without {@code CONCURRENTLY}, a constraint added without {@code NOT VALID}, a
 * {@code lock_timeout} set. Read only, never run.
 */
final class RawStatement {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern CREATE_INDEX =
      Pattern.compile("\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY\\b).*", FLAGS);
  private static final Pattern DROP_INDEX = Pattern.compile("\\s*DROP\\s+INDEX\\s+(?!CONCURRENTLY\\b).*", FLAGS);
  private static final Pattern ADD_CONSTRAINT =
      Pattern.compile(".*\\bADD\\s+(?:CONSTRAINT\\s+\\S+\\s+)?(?:FOREIGN\\s+KEY|CHECK)\\b.*", FLAGS);
  private static final Pattern NOT_VALID = Pattern.compile(".*\\bNOT\\s+VALID\\b.*", FLAGS);
  private static final Pattern LOCK_TIMEOUT =
      Pattern.compile("\\s*SET\\s+(?:LOCAL\\s+|SESSION\\s+)?lock_timeout\\b.*", FLAGS);
  private static final Pattern LOCKING =
      Pattern.compile("\\s*(?:ALTER\\s+TABLE|DROP\\s+TABLE|TRUNCATE|CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY\\b)"
          + "|DROP\\s+INDEX\\s+(?!CONCURRENTLY\\b)).*", FLAGS);
  private static final Pattern TABLE = Pattern.compile(
      "(?:ALTER\\s+TABLE|DROP\\s+TABLE|\\bON)\\s+(?:ONLY\\s+)?(?:IF\\s+EXISTS\\s+)?(\"[^\"]+\"|[A-Za-z_][\\w$]*)"
          + "(?:\\.(\"[^\"]+\"|[A-Za-z_][\\w$]*))?", FLAGS);

  private final String sql;

  RawStatement(String sql) {
    this.sql = sql;
  }

  boolean indexWithoutConcurrently() {
    return CREATE_INDEX.matcher(sql).matches() || DROP_INDEX.matcher(sql).matches();
  }

  boolean constraintWithoutNotValid() {
    return ADD_CONSTRAINT.matcher(sql).matches() && !NOT_VALID.matcher(sql).matches();
  }

  boolean setsLockTimeout() {
    return LOCK_TIMEOUT.matcher(sql).matches();
  }

  boolean blocksTable() {
    return LOCKING.matcher(sql).matches();
  }

  /** The table the statement names, as far as its form tells; {@code null} when it does not. */
  QualifiedName table() {
    Matcher table = TABLE.matcher(sql);
    if (!table.find()) {
      return null;
    }
    return table.group(2) == null ? QualifiedName.of(unquote(table.group(1)))
        : new QualifiedName(unquote(table.group(1)), unquote(table.group(2)));
  }

  /** The statement's first line, shortened, for a finding. */
  String head() {
    String line = sql.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }

  private static String unquote(String identifier) {
    return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
        : identifier.toLowerCase(java.util.Locale.ROOT);
  }
}
