package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which schemas an introspector reads, and which tables, sequences and enum types in them it leaves out. What is
 * left out is never compared, so autogen never proposes to drop it.
 *
 * @param schemas              schemas to read, as stored (case-exact)
 * @param excludedTables       table and sequence names to leave out: exact names, or globs where {@code *} matches
 *                             any run of characters and {@code ?} one character, each tested against the bare name
 *                             and against {@code schema.name}. The version table {@value #VERSION_TABLE} and its
 *                             history table {@value #HISTORY_TABLE} are always among them: migrations manage them,
 *                             never the diff.
 * @param readsCurrentSchema   whether the connection's {@code current_schema()} is read as well
 */
public record IntrospectionFilter(List<String> schemas, List<String> excludedTables, boolean readsCurrentSchema) {

  public static final String VERSION_TABLE = "autogen_version";
  public static final String HISTORY_TABLE = "autogen_version_history";

  public IntrospectionFilter {
    schemas = schemas.stream().distinct().toList();
    List<String> given = excludedTables;
    excludedTables = Stream.concat(Stream.of(VERSION_TABLE, HISTORY_TABLE).filter(name -> !given.contains(name)),
        given.stream()).toList();
  }

  /** Reads {@code schemas}, or the current schema when there are none. */
  public IntrospectionFilter(List<String> schemas, List<String> excludedTables) {
    this(schemas, excludedTables, schemas.isEmpty());
  }

  /** The current schema, without the version table. */
  public static IntrospectionFilter defaults() {
    return new IntrospectionFilter(List.of(), List.of());
  }

  /** This filter reading {@code schemaNames} instead. */
  public IntrospectionFilter withSchemas(String... schemaNames) {
    return new IntrospectionFilter(List.of(schemaNames), excludedTables);
  }

  /**
   * This filter also reading every schema {@code target} is named in, and the current schema when it names tables,
   * sequences or types without one (Hibernate creates its enum types there even for tables in another schema):
   * whatever the target holds is compared with what the database holds under the same name.
   */
  public IntrospectionFilter covering(SchemaModel target) {
    List<String> wanted = new ArrayList<>(schemas);
    wanted.addAll(target.schemas());
    boolean usesCurrentSchema = target.tables().stream().anyMatch(table -> table.name().schema() == null)
        || target.sequences().stream().anyMatch(sequence -> sequence.name().schema() == null)
        || target.enumTypes().stream().anyMatch(type -> type.name().schema() == null)
        || target.compositeTypes().stream().anyMatch(type -> type.name().schema() == null);
    return new IntrospectionFilter(wanted, excludedTables, readsCurrentSchema || usesCurrentSchema);
  }

  /** The schemas to read on a connection whose current schema is {@code currentSchema} (may be {@code null}). */
  public List<String> schemasToRead(String currentSchema) {
    List<String> toRead = new ArrayList<>(schemas);
    if (readsCurrentSchema && currentSchema != null && !toRead.contains(currentSchema)) {
      toRead.add(0, currentSchema);
    }
    return toRead;
  }

  /**
   * Tests a table or sequence, given its schema as stored and its name, against the excluded patterns: it is left
   * out when either its bare name or {@code schema.name} matches. Compiled once, so keep it for many names.
   */
  public BiPredicate<String, String> exclusion() {
    Predicate<String> pattern = tableExclusion();
    return (schema, name) -> pattern.test(name) || pattern.test(Objects.requireNonNull(schema) + "." + name);
  }

  /** This filter also leaving out tables that match any of {@code tablePatterns}. */
  public IntrospectionFilter excluding(String... tablePatterns) {
    List<String> patterns = new ArrayList<>(excludedTables);
    Stream.of(tablePatterns).filter(pattern -> !patterns.contains(pattern)).forEach(patterns::add);
    return new IntrospectionFilter(schemas, patterns, readsCurrentSchema);
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
