package dev.autogen.safety;

import java.util.Locale;

/** How much a finding counts: an error fails {@code lint}, a warning is printed, {@code off} silences the rule. */
public enum Severity {
  ERROR, WARNING, OFF;

  /** {@code error}, {@code warning} or {@code off}, as {@code autogen.properties} spells it. */
  public static Severity parse(String value) {
    for (Severity severity : values()) {
      if (severity.name().equalsIgnoreCase(value.trim())) {
        return severity;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a severity; use error, warning or off");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
