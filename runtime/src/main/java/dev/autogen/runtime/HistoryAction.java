package dev.autogen.runtime;

import java.util.Locale;

/** What a row of the history table records, stored in its {@code action} column in lower case. */
public enum HistoryAction {
  /** The revision's {@code upgrade()} ran; the row's checksum is of the statements it ran. */
  UPGRADE,
  /** The revision's {@code downgrade()} ran; the row's checksum is of the statements it ran. */
  DOWNGRADE,
  /** {@code stamp} made the revision a head without running it (or, as revision {@code base}, emptied the heads). */
  STAMP,
  /** An applied revision's change was accepted: the row's checksum is the one later upgrades compare against. */
  ACCEPT;

  public String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static HistoryAction fromSql(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
