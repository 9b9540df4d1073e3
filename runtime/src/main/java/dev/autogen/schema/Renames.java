package dev.autogen.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rename does to the tables around it. PostgreSQL tracks columns and tables by id, so every key, index and
 * foreign key naming the old name names the new one afterwards; a model has to be rewritten to match.
 */
public final class Renames {

  private Renames() {
  }

  /** {@code table} after table {@code from} became {@code to}: its own name, and the tables its foreign keys name. */
  public static TableModel renameTable(TableModel table, QualifiedName from, QualifiedName to) {
    List<ForeignKeyModel> foreignKeys = table.foreignKeys().stream()
        .map(fk -> fk.referencedTable().equals(from)
            ? new ForeignKeyModel(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete())
            : fk)
        .toList();
    QualifiedName name = table.name().equals(from) ? to : table.name();
    return new TableModel(name, table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
        foreignKeys, table.checks(), table.comment());
  }

  /**
   * {@code table} after column {@code from} of table {@code owner} became {@code to}: the column itself and the
   * keys and indexes over it when {@code table} is the owner, and foreign keys referencing it from any table.
   */
  public static TableModel renameColumn(TableModel table, QualifiedName owner, String from, String to) {
    boolean owns = table.name().equals(owner);
    List<ForeignKeyModel> foreignKeys = table.foreignKeys().stream()
        .map(fk -> new ForeignKeyModel(fk.name(), owns ? renamed(fk.columns(), from, to) : fk.columns(),
            fk.referencedTable(),
            fk.referencedTable().equals(owner) ? renamed(fk.referencedColumns(), from, to) : fk.referencedColumns(),
            fk.onDelete()))
        .toList();
    if (!owns) {
      return table.withForeignKeys(foreignKeys);
    }
    List<ColumnModel> columns = table.columns().stream()
        .map(column -> column.name().equals(from) ? renamed(column, to) : column)
        .map(column -> column.generationExpression() == null ? column
            : column.generatedAs(renamed(column.generationExpression(), from, to)))
        .toList();
    PrimaryKeyModel primaryKey = table.primaryKey() == null ? null
        : new PrimaryKeyModel(table.primaryKey().name(), renamed(table.primaryKey().columns(), from, to));
    List<UniqueConstraintModel> uniques = table.uniqueConstraints().stream()
        .map(unique -> new UniqueConstraintModel(unique.name(), renamed(unique.columns(), from, to)))
        .toList();
    List<IndexModel> indexes = table.indexes().stream()
        .map(index -> index.withColumns(renamed(index.columns(), from, to)))
        .toList();
    List<CheckConstraintModel> checks = table.checks().stream()
        .map(check -> new CheckConstraintModel(check.name(), renamed(check.expression(), from, to)))
        .toList();
    return new TableModel(table.name(), columns, primaryKey, uniques, indexes, foreignKeys, checks, table.comment());
  }

  /**
   * A check's expression with column {@code from} now called {@code to}, as PostgreSQL prints it after the rename:
   * the identifier is replaced, bare or quoted, outside string literals.
   */
  static String renamed(String expression, String from, String to) {
    Pattern identifier = Pattern.compile("(?<![\\w$.])(\"" + Pattern.quote(from) + "\"|" + Pattern.quote(from)
        + ")(?![\\w$])");
    String replacement = Matcher.quoteReplacement(quoteIfNeeded(to));
    String[] parts = expression.split("'", -1);
    for (int i = 0; i < parts.length; i += 2) { // even parts lie outside '...' literals
      parts[i] = identifier.matcher(parts[i]).replaceAll(replacement);
    }
    return String.join("'", parts);
  }

  private static String quoteIfNeeded(String name) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
  }

  private static ColumnModel renamed(ColumnModel column, String to) {
    return column.withName(to);
  }

  private static List<String> renamed(List<String> names, String from, String to) {
    return names.stream().map(name -> name.equals(from) ? to : name).toList();
  }
}
