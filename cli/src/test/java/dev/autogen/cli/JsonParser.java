package dev.autogen.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) reader for tests: objects become maps in document order, arrays lists, numbers
 * {@code Double}s. Anything that is not exactly one JSON value, with nothing but whitespace around it, fails.
 */
final class JsonParser {

  private final String text;
  private int position;

  private JsonParser(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    JsonParser parser = new JsonParser(text);
    parser.whitespace();
    Object value = parser.value();
    parser.whitespace();
    if (parser.position != text.length()) {
      throw parser.error("content after the value");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("not a JSON object: " + text);
    }
    return (Map<String, Object>) value;
  }

  private Object value() {
    if (position >= text.length()) {
      throw error("a value expected");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    position++;
    whitespace();
    if (peek('}')) {
      position++;
      return map;
    }
    while (true) {
      whitespace();
      if (!peek('"')) {
        throw error("a string key expected");
      }
      String key = string();
      if (map.containsKey(key)) {
        throw error("duplicate key " + key);
      }
      whitespace();
      expect(':');
      whitespace();
      map.put(key, value());
      whitespace();
      if (peek(',')) {
        position++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    position++;
    whitespace();
    if (peek(']')) {
      position++;
      return list;
    }
    while (true) {
      whitespace();
      list.add(value());
      whitespace();
      if (peek(',')) {
        position++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder result = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return result.toString();
      }
      if (c < 0x20) {
        throw error("unescaped control character");
      }
      if (c != '\\') {
        result.append(c);
        continue;
      }
      char escape = text.charAt(position++);
      switch (escape) {
        case '"', '\\', '/' -> result.append(escape);
        case 'b' -> result.append('\b');
        case 'f' -> result.append('\f');
        case 'n' -> result.append('\n');
        case 'r' -> result.append('\r');
        case 't' -> result.append('\t');
        case 'u' -> {
          result.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> throw error("bad escape \\" + escape);
      }
    }
  }

  private Double number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    String number = text.substring(start, position);
    if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw error("not a value: " + number);
    }
    return Double.valueOf(number);
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error(word + " expected");
    }
    position += word.length();
    return value;
  }

  private boolean peek(char c) {
    return position < text.length() && text.charAt(position) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' expected");
    }
    position++;
  }

  private void whitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + position + " in " + text);
  }
}
