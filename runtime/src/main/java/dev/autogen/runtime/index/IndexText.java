package dev.autogen.runtime.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The escaping of the revision index's text fields: one line per revision, tab-separated, lists comma-separated, so
 * a backslash, tab, line break or comma inside a value is written as {@code \\}, {@code \t}, {@code \n}, {@code \r}
 * or {@code \,}.
 */
final class IndexText {

  private IndexText() {
  }

  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case ',' -> escaped.append("\\,");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String unescape(String value) {
    return String.join(",", split(value));
  }

  static String list(List<String> values) {
    List<String> escaped = new ArrayList<>();
    values.forEach(value -> escaped.add(escape(value)));
    return String.join(",", escaped);
  }

  /** The values of a list field; an empty field is an empty list. */
  static List<String> parseList(String field) {
    return field.isEmpty() ? List.of() : split(field);
  }

  // splits at the commas that are not escaped, and unescapes each part
  private static List<String> split(String field) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',') {
        parts.add(part.toString());
        part.setLength(0);
      } else if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        part.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
