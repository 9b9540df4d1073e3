package dev.autogen.runtime;

/** Keeps error messages to one line: PostgreSQL appends hints and positions on lines of their own. */
final class Messages {

  private Messages() {
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).stripTrailing();
  }
}
