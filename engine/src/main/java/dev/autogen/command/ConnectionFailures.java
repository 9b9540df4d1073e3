package dev.autogen.command;

import java.sql.SQLException;

/** Turns the driver's connection errors into one line a user can act on, never echoing a password. */
final class ConnectionFailures {

  private ConnectionFailures() {
  }

  static AutogenException describe(String where, String user, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason;
    if (state.equals("28P01") || state.equals("28000")) {
      reason = "authentication failed for user '" + user + "'; check user and password (or AUTOGEN_PASSWORD)";
    } else if (state.equals("3D000")) {
      reason = firstLine(e.getMessage()) + "; create the database first";
    } else if (state.startsWith("08")) {
      reason = "server unreachable (" + firstLine(e.getMessage()) + ")";
    } else {
      reason = firstLine(e.getMessage());
    }
    return new AutogenException("cannot connect to " + where + ": " + reason, e);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
