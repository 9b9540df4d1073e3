package dev.autogen.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type names as PostgreSQL's {@code format_type()} prints them. Hibernate writes {@code varchar(255)},
 * {@code float(53)}, {@code timestamp(6) with time zone} and {@code integer array}; the catalog says
 * {@code character varying(255)}, {@code double precision}, the same, and {@code integer[]}. One function maps the
 * first spelling to the second so the two sides compare with {@code equals}.
 */
final class PostgresTypes {

  private static final Pattern NAME_ARGS_SUFFIX = Pattern.compile("([a-z_][a-z0-9_ ]*)\\s*(?:\\(([^)]*)\\))?\\s*(.*)");

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"),
      Map.entry("int4", "integer"),
      Map.entry("serial", "integer"),
      Map.entry("serial4", "integer"),
      Map.entry("int2", "smallint"),
      Map.entry("tinyint", "smallint"),
      Map.entry("smallserial", "smallint"),
      Map.entry("serial2", "smallint"),
      Map.entry("int8", "bigint"),
      Map.entry("bigserial", "bigint"),
      Map.entry("serial8", "bigint"),
      Map.entry("float4", "real"),
      Map.entry("float8", "double precision"),
      Map.entry("bool", "boolean"),
      Map.entry("decimal", "numeric"),
      Map.entry("varchar", "character varying"),
      Map.entry("char", "character"),
      Map.entry("bpchar", "character"),
      Map.entry("varbit", "bit varying"),
      Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("timetz", "time with time zone"));

  private PostgresTypes() {
  }

  static String canonical(String typeName) {
    String type = typeName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int dimensions = 0;
    while (true) {
      if (type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2).trim();
        dimensions++;
      } else if (type.endsWith(" array")) {
        type = type.substring(0, type.length() - " array".length()).trim();
        dimensions++;
      } else if (type.matches(".* array\\[\\d*]")) {
        type = type.substring(0, type.lastIndexOf(" array")).trim();
        dimensions++;
      } else {
        break;
      }
    }
    return canonicalScalar(type) + "[]".repeat(dimensions);
  }

  private static String canonicalScalar(String type) {
    if (type.startsWith("\"") || type.contains(".")) {
      return type; // a user-defined or schema-qualified type: taken as written
    }
    Matcher m = NAME_ARGS_SUFFIX.matcher(type);
    if (!m.matches()) {
      return type;
    }
    String name = m.group(1).trim();
    String args = m.group(2) == null ? null : m.group(2).replace(" ", "");
    String suffix = m.group(3).trim();
    name = ALIASES.getOrDefault(name, name);
    switch (name) {
      case "float":
        return args == null || Integer.parseInt(args) > 24 ? "double precision" : "real";
      case "double":
        return "double precision";
      case "character":
        return "character(" + (args == null ? "1" : args) + ")";
      case "numeric":
        if (args != null && !args.contains(",")) {
          args = args + ",0";
        }
        return args == null ? "numeric" : "numeric(" + args + ")";
      case "timestamp":
      case "time":
        String zone = suffix.startsWith("with time zone") ? " with time zone" : " without time zone";
        return name + (args == null ? "" : "(" + args + ")") + zone;
      case "timestamp with time zone":
      case "time with time zone":
        String base = name.substring(0, name.indexOf(' '));
        return base + (args == null ? "" : "(" + args + ")") + " with time zone";
      case "timestamp without time zone":
      case "time without time zone":
        String plain = name.substring(0, name.indexOf(' '));
        return plain + (args == null ? "" : "(" + args + ")") + " without time zone";
      default:
        String withArgs = args == null ? name : name + "(" + args + ")";
        return suffix.isEmpty() ? withArgs : withArgs + " " + suffix;
    }
  }

  /** Whether PostgreSQL converts between the two types without an explicit {@code USING} cast. */
  static boolean sameFamily(String from, String to) {
    return family(from).equals(family(to));
  }

  /** Casts PostgreSQL has between families other than to and from strings (which every type has). */
  private static final Set<String> DIRECT_CASTS = Set.of("json->jsonb", "jsonb->json",
      "timestamp->time", "boolean->integer", "integer->boolean");

  /**
   * {@code expression} (of type {@code from}) cast to {@code to}, for a {@code USING} clause. Every type casts to
   * and from a string type; between boolean and a number PostgreSQL casts only to and from {@code integer}, so the
   * cast goes through it (0 is false, any other number true); any other pair has no cast at all and goes through
   * text, which converts each value whose text form the new type reads (and fails, naming the value, otherwise):
   * so does a column leaving an enum type for another, as no enum type casts to another.
   */
  static String cast(String expression, String from, String to) {
    String fromFamily = family(from);
    String toFamily = family(to);
    if (fromFamily.equals("string") || toFamily.equals("string")
        || DIRECT_CASTS.contains(castFamily(from) + "->" + castFamily(to))) {
      return expression + "::" + to;
    }
    if (fromFamily.equals("boolean") && toFamily.equals("number")
        || fromFamily.equals("number") && toFamily.equals("boolean")) {
      return expression + "::integer::" + to;
    }
    return expression + "::text::" + to;
  }

  /** The family, with {@code integer} apart from the other numbers (the only one boolean casts to and from). */
  /**
   * Whether PostgreSQL has no cast at all from {@code from} to {@code to} (one enum type to another), so a column's
   * values convert through their text: its default, which {@code ALTER COLUMN ... TYPE} converts by a cast and not
   * by the {@code USING} clause, cannot follow.
   */
  static boolean convertsThroughText(String from, String to) {
    return !sameFamily(from, to) && cast("value", from, to).equals("value::text::" + to);
  }

  private static String castFamily(String type) {
    return type.equals("integer") ? "integer" : family(type);
  }

  private static String family(String canonical) {
    String base = canonical.replaceAll("\\(.*?\\)", "");
    if (base.endsWith("[]")) {
      return "array:" + family(base.substring(0, base.length() - 2));
    }
    return switch (base) {
      case "character varying", "character", "text" -> "string";
      case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> "number";
      case "timestamp without time zone", "timestamp with time zone", "date" -> "timestamp";
      case "time without time zone", "time with time zone" -> "time";
      default -> base;
    };
  }
}
