package dev.autogen.command;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the driver's connection errors into one line a user can act on, never echoing a password. */
final class ConnectionFailures {

  // pgjdbc's words when loginTimeout ran out before the session was ready
  private static final String LOGIN_TIMED_OUT = "Connection attempt timed out.";
  private static final Pattern HOST_PORT = Pattern.compile("//(?:[^/@?]*@)?([^/?]+)");

  private ConnectionFailures() {
  }

  static AutogenException describe(String where, String user, SQLException e) {
    return describe(where, user, ConnectionTimeouts.DEFAULT, CredentialMask.none(), e);
  }

  /**
   * @param where    the database as it may be printed (its URL without password)
   * @param mask     hides the database's credentials, which the driver's own messages may repeat
   */
  static AutogenException describe(String where, String user, ConnectionTimeouts timeouts, CredentialMask mask,
      SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason;
    String timedOut = timedOut(e, timeouts);
    if (timedOut != null) {
      reason = "no answer from " + hostAndPort(where) + " " + timedOut
          + "; is the server up, and is it a PostgreSQL server?";
    } else if (state.equals("28P01") || state.equals("28000")) {
      reason = "authentication failed for user '" + user + "'; check user and password (or AUTOGEN_PASSWORD)";
    } else if (state.equals("3D000")) {
      reason = firstLine(e.getMessage()) + "; create the database first";
    } else if (state.startsWith("08")) {
      reason = "server unreachable (" + firstLine(e.getMessage()) + ")";
    } else {
      reason = firstLine(e.getMessage());
    }
    return new AutogenException(mask.mask("cannot connect to " + where + ": " + reason), e);
  }

  /** Which limit ran out, as {@code within 30 s (login_timeout)}; {@code null} when the failure is no timeout. */
  private static String timedOut(SQLException e, ConnectionTimeouts timeouts) {
    if (LOGIN_TIMED_OUT.equals(e.getMessage())) {
      return within(timeouts.login(), ConfigLoader.LOGIN_TIMEOUT);
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("connect")
            ? within(timeouts.connect(), ConfigLoader.CONNECT_TIMEOUT)
            : within(timeouts.socket(), ConfigLoader.SOCKET_TIMEOUT);
      }
    }
    return null;
  }

  private static String within(Duration timeout, String key) {
    return "within " + ConnectionTimeouts.seconds(timeout) + " s (" + key + ")";
  }

  /** {@code host:port} of a JDBC URL, or the whole URL when it has none. */
  static String hostAndPort(String url) {
    Matcher matcher = HOST_PORT.matcher(url);
    return matcher.find() ? matcher.group(1) : url;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
