package dev.autogen.command;

/**
 * What {@code upgrade} and {@code downgrade} are given: a target ({@code head}), or with {@code --sql} a range
 * {@code from:to} ({@code base:head}) whose start replaces the database's current revision.
 *
 * @param from the revision to start from, or {@code null} to read it from the database
 * @param to   the target revision
 */
record RevisionRange(String from, String to) {

  static RevisionRange parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new RevisionRange(null, text);
    }
    String from = text.substring(0, colon);
    String to = text.substring(colon + 1);
    if (from.isEmpty() || to.isEmpty() || to.indexOf(':') >= 0) {
      throw new AutogenException("revision range '" + text + "' must be FROM:TO with one revision on each side,"
          + " such as base:head");
    }
    return new RevisionRange(from, to);
  }

  boolean hasStart() {
    return from != null;
  }
}
