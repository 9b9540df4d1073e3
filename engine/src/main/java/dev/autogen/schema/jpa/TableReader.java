package dev.autogen.schema.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/** Turns one of Hibernate's tables into a {@link TableModel} with PostgreSQL's names and type spellings. */
final class TableReader {

  /** A string literal (skipped) or an unquoted identifier. */
  private static final Pattern WORD = Pattern.compile("'(?:[^']|'')*'|\\b[A-Za-z_][A-Za-z0-9_$]*\\b");

  private final Metadata metadata;
  private final Dialect dialect;
  private final List<String> notes = new ArrayList<>();

  TableReader(Metadata metadata, Dialect dialect) {
    this.metadata = metadata;
    this.dialect = dialect;
  }

  TableModel read(Table table) {
    PrimaryKeyModel primaryKey = primaryKey(table);
    return new TableModel(
        qualifiedName(table),
        table.getColumns().stream().map(column -> column(table, column)).toList(),
        primaryKey,
        uniqueConstraints(table, primaryKey),
        indexes(table),
        foreignKeys(table),
        checks(table),
        table.getComment());
  }

  /** What the tables read so far map that the model cannot represent, one line each. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  static QualifiedName qualifiedName(Table table) {
    Identifier schema = table.getSchemaIdentifier();
    return new QualifiedName(
        schema == null ? null : PostgresNames.stored(schema), PostgresNames.stored(table.getNameIdentifier()));
  }

  private ColumnModel column(Table table, Column column) {
    return new ColumnModel(
        columnName(column),
        dialect.canonicalType(column.getSqlType(metadata)),
        column.isNullable() && !table.isPrimaryKey(column),
        column.getDefaultValue(),
        column.isIdentity() ? IdentityGeneration.BY_DEFAULT : IdentityGeneration.NONE,
        column.getGeneratedAs(),
        false,
        column.getComment());
  }

  /** Unnamed: Hibernate writes {@code primary key (...)} without the name it keeps, so PostgreSQL's applies. */
  private static PrimaryKeyModel primaryKey(Table table) {
    return table.hasPrimaryKey() ? new PrimaryKeyModel(null, columnNames(table.getPrimaryKey().getColumns())) : null;
  }

  /**
   * The unique constraints Hibernate's {@code create table} declares on PostgreSQL: a {@code unique} clause on each
   * {@code @Column(unique = true)}, then each unique key made of other columns, named only when the mapping names
   * it. PostgreSQL names the unnamed ones, in that order.
   */
  private static List<UniqueConstraintModel> uniqueConstraints(Table table, PrimaryKeyModel primaryKey) {
    String tableName = qualifiedName(table).name();
    List<UniqueConstraintModel> uniques = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Column column : table.getColumns()) {
      if (column.isUnique() && !table.isPrimaryKey(column)) {
        List<String> columns = List.of(columnName(column));
        String name = PostgresNames.implicitUniqueName(tableName, columns, taken);
        uniques.add(new UniqueConstraintModel(name, columns));
        taken.add(name);
      }
    }
    for (UniqueKey key : table.getUniqueKeys().values()) {
      List<String> columns = columnNames(key.getColumns());
      boolean declaredOnColumn = key.getColumns().size() == 1 && isUniqueColumn(table, key.getColumn(0));
      if (declaredOnColumn || primaryKey != null && columns.equals(primaryKey.columns())) {
        continue;
      }
      String name = key.isNameExplicit()
          ? PostgresNames.stored(key.getName())
          : PostgresNames.implicitUniqueName(tableName, columns, taken);
      uniques.add(new UniqueConstraintModel(name, columns));
      taken.add(name);
    }
    uniques.sort(Comparator.comparing(UniqueConstraintModel::name));
    return uniques;
  }

  /** A key's column may be a copy made while binding the key: the table's own column says whether it is unique. */
  private static boolean isUniqueColumn(Table table, Column keyColumn) {
    Column column = table.getColumn(keyColumn);
    return keyColumn.isUnique() || column != null && column.isUnique();
  }

  /**
   * Column checks ({@code @Enumerated}, list indexes, discriminators, {@code @Column(check = ...)}) and table checks
   * ({@code @Check}), each named as written or, unnamed, as PostgreSQL names it. Expressions stay as Hibernate
   * writes them: {@code ExpressionCanonicalizer} turns them into PostgreSQL's spelling before any comparison.
   */
  private static List<CheckConstraintModel> checks(Table table) {
    String tableName = qualifiedName(table).name();
    List<CheckConstraintModel> checks = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Column column : table.getColumns()) {
      for (CheckConstraint check : column.getCheckConstraints()) {
        checks.add(check(check, PostgresNames.implicitCheckName(tableName, columnName(column), taken), taken));
      }
    }
    for (CheckConstraint check : table.getChecks()) {
      String onlyColumn = onlyColumnRead(table, check.getConstraint());
      checks.add(check(check, PostgresNames.implicitCheckName(tableName, onlyColumn, taken), taken));
    }
    checks.sort(Comparator.comparing(CheckConstraintModel::name));
    return checks;
  }

  private static CheckConstraintModel check(CheckConstraint check, String implicitName, Set<String> taken) {
    String name = check.isNamed() ? PostgresNames.stored(check.getName()) : implicitName;
    taken.add(name);
    return new CheckConstraintModel(name, check.getConstraint());
  }

  /**
   * The one column an expression mentions outside string literals, or {@code null}: PostgreSQL names an unnamed
   * table check after the column when it reads exactly one.
   */
  private static String onlyColumnRead(Table table, String expression) {
    Set<String> columns = new HashSet<>();
    table.getColumns().forEach(column -> columns.add(columnName(column)));
    Set<String> read = new HashSet<>();
    Matcher words = WORD.matcher(expression);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (columns.contains(word)) {
        read.add(word);
      }
    }
    return read.size() == 1 ? read.iterator().next() : null;
  }

  private List<IndexModel> indexes(Table table) {
    return table.getIndexes().values().stream()
        .peek(index -> noteUnsupported(table, index))
        .map(TableReader::index)
        .sorted(Comparator.comparing(IndexModel::name))
        .toList();
  }

  /** The model's indexes are column lists: say so rather than compare a different index. */
  private void noteUnsupported(Table table, Index index) {
    boolean expression = index.getSelectables().stream().anyMatch(selectable -> !(selectable instanceof Column));
    if (expression) {
      notes.add(qualifiedName(table) + "." + PostgresNames.stored(index.getName()) + ": expression"
          + " left out: the model cannot represent it, the index is compared by its columns alone");
    }
  }

  /**
   * Hibernate reads {@code columnList = "last_name, city desc"} into a column and its order ({@code asc},
   * {@code desc} or none), and creates the index with that order; it has no {@code NULLS FIRST/LAST}.
   */
  private static IndexModel index(Index index) {
    IndexModel model = new IndexModel(
        PostgresNames.stored(index.getName()), columnNames(index.getColumns()), index.isUnique());
    for (Column column : index.getColumns()) {
      String order = index.getSelectableOrderMap().get(column);
      if (order != null && order.trim().equalsIgnoreCase("desc")) {
        model = model.desc(columnName(column));
      }
    }
    return model;
  }

  private static List<ForeignKeyModel> foreignKeys(Table table) {
    return table.getForeignKeyCollection().stream()
        // Hibernate keeps foreign keys it will not create: @ForeignKey(NO_CONSTRAINT), references to non-tables
        .filter(key -> key.isCreationEnabled() && key.isPhysicalConstraint())
        .map(TableReader::foreignKey)
        .sorted(Comparator.comparing(ForeignKeyModel::name))
        .toList();
  }

  private static ForeignKeyModel foreignKey(ForeignKey key) {
    Table referenced = key.getReferencedTable();
    List<Column> referencedColumns = key.isReferenceToPrimaryKey()
        ? referenced.getPrimaryKey().getColumns()
        : key.getReferencedColumns();
    return new ForeignKeyModel(
        PostgresNames.stored(key.getName()),
        columnNames(key.getColumns()),
        qualifiedName(referenced),
        columnNames(referencedColumns),
        onDelete(key.getOnDeleteAction()));
  }

  /** Both enums name the SQL actions alike; Hibernate leaves the action unset when the mapping has none. */
  private static ReferentialAction onDelete(OnDeleteAction action) {
    return action == null ? ReferentialAction.NO_ACTION : ReferentialAction.valueOf(action.name());
  }

  private static List<String> columnNames(List<Column> columns) {
    return columns.stream().map(TableReader::columnName).toList();
  }

  private static String columnName(Column column) {
    return PostgresNames.stored(column.getName(), column.isQuoted());
  }
}
