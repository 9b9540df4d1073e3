package dev.autogen.dialect;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes a statement with JDBC {@code ?} placeholders as one with PostgreSQL literals in their place, for a script
 * that runs without the driver binding them. A {@code ?} inside a string, a quoted identifier, a dollar-quoted body
 * or a comment is text, not a placeholder; {@code ??} is the driver's escape for a literal {@code ?}.
 */
final class ParameterInliner {

  private ParameterInliner() {
  }

  static String inline(String sql, List<?> parameters) {
    StringBuilder out = new StringBuilder(sql.length() + parameters.size() * 8);
    int next = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end;
      if (c == '\'' || c == '"') {
        end = closingQuote(sql, i, c);
      } else if (c == '-' && sql.startsWith("--", i)) {
        end = lineEnd(sql, i);
      } else if (c == '/' && sql.startsWith("/*", i)) {
        end = blockCommentEnd(sql, i);
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        end = close < 0 ? sql.length() : close + tag.length();
      } else if (c == '?' && sql.startsWith("??", i)) {
        out.append('?');
        i += 2;
        continue;
      } else if (c == '?') {
        if (next >= parameters.size()) {
          throw new IllegalArgumentException("'" + sql + "' has more ? placeholders than the " + parameters.size()
              + " parameters given");
        }
        out.append(literal(parameters.get(next++)));
        i++;
        continue;
      } else {
        end = i + 1;
      }
      out.append(sql, i, end);
      i = end;
    }
    if (next != parameters.size()) {
      throw new IllegalArgumentException("'" + sql + "' has " + next + " ? placeholders but " + parameters.size()
          + " parameters were given");
    }
    return out.toString();
  }

  /** The value as PostgreSQL reads it where a bound parameter of its Java type would go. */
  static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean) {
      return ((Boolean) value) ? "TRUE" : "FALSE";
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Float || value instanceof Double) {
      double number = ((Number) value).doubleValue();
      // NaN and the infinities are words to PostgreSQL: quoted, they read as float8
      return Double.isFinite(number) ? value.toString() : quoted(value.toString()) + "::float8";
    }
    if (value instanceof byte[]) {
      return "'\\x" + HexFormat.of().formatHex((byte[]) value) + "'::bytea";
    }
    if (value instanceof Enum<?>) {
      return quoted(((Enum<?>) value).name());
    }
    if (value instanceof String || value instanceof Character || value instanceof UUID
        || value instanceof TemporalAccessor) {
      // an untyped literal takes the type of the column or operator it meets, as a bound string parameter would
      return quoted(value.toString());
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
        + " as a SQL literal; pass a String, number, boolean, byte[], UUID, enum or java.time value");
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  // a doubled quote inside the text is an escaped one: the scan goes on past it
  private static int closingQuote(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static int lineEnd(String sql, int start) {
    int newline = sql.indexOf('\n', start);
    return newline < 0 ? sql.length() : newline + 1;
  }

  private static int blockCommentEnd(String sql, int start) {
    int close = sql.indexOf("*/", start + 2);
    return close < 0 ? sql.length() : close + 2;
  }

  /** {@code $$} or {@code $tag$} opening a dollar-quoted string at {@code start}, or {@code null}. */
  private static String dollarTag(String sql, int start) {
    if (start > 0 && (Character.isLetterOrDigit(sql.charAt(start - 1)) || sql.charAt(start - 1) == '_')) {
      return null; // part of an identifier such as a$b
    }
    int i = start + 1;
    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i < sql.length() && sql.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(sql.charAt(start + 1)))) {
      return sql.substring(start, i + 1);
    }
    return null;
  }
}
