package dev.autogen.verify;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.EnumTypeModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value for a column, as the text PostgreSQL reads into the column's type (sent untyped, so the server parses it
 * as that type): derived from the table, the column, the row's number and the attempt only, so every run inserts the
 * same rows. Strings fill their column's length on every third row, so a narrowing or truncating change shows; a
 * check's literals are candidates once the generated value was rejected.
 */
final class ColumnValues {

  /** A {@code varchar} longer than this is filled only to it: the point is to reach the limit of short ones. */
  private static final int LONGEST_STRING = 300;
  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:,\\s*(\\d+))?\\)");
  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  private final List<EnumTypeModel> enumTypes;

  ColumnValues(List<EnumTypeModel> enumTypes) {
    this.enumTypes = List.copyOf(enumTypes);
  }

  /**
   * The value of {@code column} in row {@code row} (from 1) at {@code attempt} (from 0), or {@code null} when autogen
   * knows no value of its type.
   *
   * @param candidates literals of the checks on the column, tried from the second attempt on
   */
  String value(String table, ColumnModel column, long row, int attempt, List<String> candidates) {
    if (attempt > 0 && !candidates.isEmpty()) {
      return candidates.get((int) ((row + attempt - 1) % candidates.size()));
    }
    long n = row + 7L * attempt;
    String type = column.type().sql();
    for (EnumTypeModel enumType : enumTypes) {
      if (enumType.isTypeOf(column.type())) {
        String label = enumType.labels().isEmpty() ? null : enumType.labels().get((int) (n % enumType.labels().size()));
        if (label == null) {
          return null;
        }
        return type.endsWith("[]") ? "{" + arrayElement(label) + "}" : label;
      }
    }
    if (type.endsWith("[]")) {
      String element = scalar(table, column.name(), type.substring(0, type.length() - 2), n);
      return element == null ? null : "{" + arrayElement(element) + "," + arrayElement(element) + "}";
    }
    return scalar(table, column.name(), type, n);
  }

  private static String scalar(String table, String column, String type, long n) {
    String base = type.replaceAll("\\(.*\\)", "").trim().toLowerCase(Locale.ROOT);
    Matcher modifiers = LENGTH.matcher(type);
    Integer length = null;
    Integer scale = null;
    if (modifiers.find()) {
      length = Integer.valueOf(modifiers.group(1));
      scale = modifiers.group(2) == null ? null : Integer.valueOf(modifiers.group(2));
    }
    switch (base) {
      case "smallint", "integer", "bigint", "oid":
        return Long.toString(n % 30000);
      case "numeric":
        return numeric(n, length, scale);
      case "real", "double precision":
        return n + ".5";
      case "boolean":
        return n % 2 == 0 ? "true" : "false";
      case "character varying", "text", "character", "bpchar", "citext", "name":
        return string(column, n, base.equals("text") || base.equals("citext") ? null : length == null && base.equals(
            "character") ? Integer.valueOf(1) : length);
      case "uuid":
        return UUID.nameUUIDFromBytes((table + "." + column + "." + n).getBytes(StandardCharsets.UTF_8)).toString();
      case "date":
        return EPOCH.plusDays(n).toString();
      case "timestamp without time zone":
        return EPOCH.plusDays(n) + " 10:" + two(n % 60) + ":30.123456";
      case "timestamp with time zone":
        return EPOCH.plusDays(n) + " 10:" + two(n % 60) + ":30.123456+00";
      case "time without time zone":
        return "10:" + two(n % 60) + ":30";
      case "time with time zone":
        return "10:" + two(n % 60) + ":30+00";
      case "interval":
        return n + " seconds";
      case "json", "jsonb":
        return "{\"n\": " + n + ", \"text\": \"v" + n + "\"}";
      case "bytea":
        return "\\x" + HexFormat.of().formatHex(("v" + n).getBytes(StandardCharsets.US_ASCII));
      case "inet", "cidr":
        return "10.0." + (n / 250 % 250) + "." + (n % 250 + 1) + (base.equals("cidr") ? "/32" : "");
      case "macaddr":
        return "08:00:2b:01:02:" + two(n % 100);
      case "xml":
        return "<v>" + n + "</v>";
      case "money":
        return n + ".25";
      case "bit", "bit varying":
        return (n % 2 == 0 ? "1" : "0").repeat(length == null ? 1 : Math.min(length, 64));
      default:
        return null;
    }
  }

  /** Within the precision: the integer digits precision minus scale allows, and every digit of the scale. */
  private static String numeric(long n, Integer precision, Integer scale) {
    if (precision == null) {
      return n + ".125";
    }
    int integerDigits = precision - (scale == null ? 0 : scale);
    long whole = integerDigits <= 0 ? 0 : n % (long) Math.pow(10, Math.min(integerDigits, 15));
    if (scale == null || scale == 0) {
      return Long.toString(whole);
    }
    return whole + "." + "7".repeat(Math.min(scale, 30));
  }

  /** {@code v<n>_<column>}, filled to the column's length on every third row (capped for long ones). */
  private static String string(String column, long n, Integer length) {
    String value = "v" + n + "_" + column;
    int limit = length == null ? 40 : Math.min(length, LONGEST_STRING);
    if (n % 3 == 0 || (length != null && value.length() > limit)) {
      StringBuilder filled = new StringBuilder(value);
      while (filled.length() < limit) {
        filled.append((char) ('a' + filled.length() % 26));
      }
      value = filled.substring(0, limit);
      if (length != null && length < 4) {
        // a char(1) or varchar(3) cannot carry the row number: a letter per row keeps unique keys apart
        value = (char) ('a' + n % 26) + value.substring(1);
      }
    }
    return value;
  }

  private static String two(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }

  private static String arrayElement(String element) {
    return "\"" + element.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * String and number literals of a check expression, and each number's neighbours: values a column may be made to
   * hold ({@code tier in ('FREE','PRO')}, {@code pages > 0}, {@code rank between 0 and 2}).
   */
  static List<String> literals(String expression) {
    List<String> literals = new ArrayList<>();
    Matcher matcher = Pattern.compile("'((?:[^']|'')*)'|(?<![\\w.])(-?\\d+(?:\\.\\d+)?)(?![\\w.])").matcher(expression);
    while (matcher.find()) {
      List<String> values = new ArrayList<>();
      if (matcher.group(1) != null) {
        values.add(matcher.group(1).replace("''", "'"));
      } else {
        BigDecimal number = new BigDecimal(matcher.group(2));
        values.add(number.add(BigDecimal.ONE).toPlainString());
        values.add(number.toPlainString());
        values.add(number.subtract(BigDecimal.ONE).toPlainString());
      }
      values.stream().filter(value -> !literals.contains(value)).forEach(literals::add);
    }
    return literals;
  }
}
