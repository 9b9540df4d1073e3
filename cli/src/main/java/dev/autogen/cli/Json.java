package dev.autogen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code --json} output: maps (in their iteration order), lists, strings, paths, booleans, numbers and
 * {@code null}, as one line of JSON (RFC 8259). Small on purpose: autogen prints JSON, it never reads it.
 */
final class Json {

  private Json() {
  }

  static String write(Object value) {
    StringBuilder json = new StringBuilder();
    append(json, value);
    return json.toString();
  }

  private static void append(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Optional<?> optional) {
      append(json, optional.orElse(null));
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      json.append(value);
    } else if (value instanceof String || value instanceof Path) {
      string(json, value.toString());
    } else if (value instanceof Map<?, ?> map) {
      json.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.append(separator);
        string(json, (String) entry.getKey());
        json.append(':');
        append(json, entry.getValue());
        separator = ",";
      }
      json.append('}');
    } else if (value instanceof List<?> list) {
      json.append('[');
      String separator = "";
      for (Object element : list) {
        json.append(separator);
        append(json, element);
        separator = ",";
      }
      json.append(']');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          // other control characters, and the line separators JavaScript does not take in a string literal
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
