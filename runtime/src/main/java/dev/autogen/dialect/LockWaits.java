package dev.autogen.dialect;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's facts about a statement that waited too long for a lock: how the error is recognised, what a
 * {@code CREATE INDEX CONCURRENTLY} that ran out of time leaves behind, and who was in the way.
 */
public final class LockWaits {

  /** SQLSTATE {@code lock_not_available}: {@code lock_timeout} ran out (or {@code NOWAIT} found the lock taken). */
  public static final String LOCK_NOT_AVAILABLE = "55P03";

  private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_\\u0080-\\uFFFF][A-Za-z0-9_$\\u0080-\\uFFFF]*)";

  // an index build that gave up while waiting for older transactions leaves an invalid index of this name behind
  private static final Pattern CONCURRENT_INDEX = Pattern.compile("\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY"
      + "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s+ON\\s+(?:ONLY\\s+)?(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)"
      + "[\\s(].*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private LockWaits() {
  }

  /** Whether {@code failure}, or what caused it, is a lock wait that ran out of time. */
  public static boolean isLockTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a {@code CREATE INDEX CONCURRENTLY} statement: a query of the invalid index of its name on its table (one row,
   * the qualified name as {@code regclass} prints it; none when there is no such index). Such an index is what the
   * build leaves when its wait for older transactions runs out of time; it must go before the build is tried again,
   * or the retry fails ("already exists") or, with {@code IF NOT EXISTS}, keeps the useless index.
   */
  public static Optional<String> invalidIndexLeftBy(String sql) {
    Matcher matcher = CONCURRENT_INDEX.matcher(sql);
    // a backslash would need an E'' literal: such a statement is left as it is, its retry failing as PostgreSQL says
    if (!matcher.matches() || sql.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    String index = storedName(matcher.group(1));
    String table = matcher.group(2);
    return Optional.of("SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE i.indrelid = to_regclass(" + literal(table) + ") AND c.relname = " + literal(index)
        + " AND NOT i.indisvalid");
  }

  /** Drops an index {@link #invalidIndexLeftBy} found, by its name as {@code regclass} printed it. */
  public static String dropInvalidIndex(String regclassText) {
    return "DROP INDEX CONCURRENTLY IF EXISTS " + regclassText;
  }

  /** This session's process id, for {@link #blockingSessions}. */
  public static String backendPid() {
    return "SELECT pg_backend_pid()";
  }

  /**
   * The sessions a backend waits for, one row each: {@code pid}, {@code application_name}, {@code client_addr},
   * {@code backend_start} (the columns of the migration lock's holders).
   */
  public static String blockingSessions(int pid) {
    return "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_stat_activity a"
        + " WHERE a.pid = ANY (pg_blocking_pids(" + pid + ")) ORDER BY a.pid";
  }

  private static String storedName(String written) {
    return written.startsWith("\"")
        ? Identifiers.stored(written.substring(1, written.length() - 1).replace("\"\"", "\""), true)
        : Identifiers.stored(written, false);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
