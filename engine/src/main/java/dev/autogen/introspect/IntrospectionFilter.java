package dev.autogen.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which tables an introspector reads.
 *
 * @param schemas        schemas to read, as stored (case-exact); empty means the connection's
 *                       {@code current_schema()}
 * @param excludedTables table names to leave out, in any of those schemas: exact names, or globs where {@code *}
 *                       matches any run of characters and {@code ?} one character. The version table
 *                       {@value #VERSION_TABLE} is always among them: migrations manage it, never the diff.
 */
public record IntrospectionFilter(List<String> schemas, List<String> excludedTables) {

  public static final String VERSION_TABLE = "autogen_version";

  public IntrospectionFilter {
    schemas = List.copyOf(schemas);
    excludedTables = excludedTables.contains(VERSION_TABLE)
        ? List.copyOf(excludedTables)
        : Stream.concat(Stream.of(VERSION_TABLE), excludedTables.stream()).toList();
  }

  /** The current schema, without the version table. */
  public static IntrospectionFilter defaults() {
    return new IntrospectionFilter(List.of(), List.of());
  }

  /** This filter reading {@code schemaNames} instead. */
  public IntrospectionFilter withSchemas(String... schemaNames) {
    return new IntrospectionFilter(List.of(schemaNames), excludedTables);
  }

  /** This filter also leaving out tables that match any of {@code tablePatterns}. */
  public IntrospectionFilter excluding(String... tablePatterns) {
    List<String> patterns = new ArrayList<>(excludedTables);
    patterns.addAll(List.of(tablePatterns));
    return new IntrospectionFilter(schemas, patterns);
  }

  /** Tests a table name against the excluded patterns; compiled once, so keep the result for many tables. */
  public Predicate<String> tableExclusion() {
    Pattern pattern = Pattern.compile(
        excludedTables.stream().map(IntrospectionFilter::globToRegex).collect(Collectors.joining("|")));
    return name -> pattern.matcher(name).matches();
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(quote(literal)).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    return regex.append(quote(literal)).toString();
  }

  private static String quote(StringBuilder literal) {
    return literal.length() == 0 ? "" : Pattern.quote(literal.toString());
  }
}
