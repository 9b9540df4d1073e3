package dev.autogen.schema.jpa;

import dev.autogen.dialect.ColumnDefinition;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Identifiers;
import dev.autogen.dialect.SqlExpressions;
import dev.autogen.dialect.SqlSyntaxException;
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
import java.util.Set;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/** Turns one of Hibernate's tables into a {@link TableModel} with PostgreSQL's names and type spellings. */
final class TableReader {

  private final Metadata metadata;
  private final Dialect dialect;
  private final List<String> notes = new ArrayList<>();

  TableReader(Metadata metadata, Dialect dialect) {
    this.metadata = metadata;
    this.dialect = dialect;
  }

  TableModel read(Table table) {
    noteLongNames(table);
    noteOptions(table);
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

  /**
   * A note for each name of the table the mapping spells longer than PostgreSQL keeps (63 bytes): the target uses
   * the stored name, as the database will, so the name never differs from the catalog's.
   */
  private void noteLongNames(Table table) {
    String tableName = qualifiedName(table).toString();
    noteLongName("table", table.getNameIdentifier().getText(), tableName);
    for (Column column : table.getColumns()) {
      noteLongName("column", column.getName(), tableName + "." + columnName(column));
    }
    for (Index index : table.getIndexes().values()) {
      noteLongName("index", Identifier.toIdentifier(index.getName()).getText(), PostgresNames.stored(index.getName()));
    }
    for (UniqueKey key : table.getUniqueKeys().values()) {
      if (key.isNameExplicit()) {
        noteLongName("unique constraint", Identifier.toIdentifier(key.getName()).getText(),
            PostgresNames.stored(key.getName()));
      }
    }
    for (CheckConstraint check : table.getChecks()) {
      if (check.isNamed()) {
        noteLongName("check constraint", Identifier.toIdentifier(check.getName()).getText(),
            PostgresNames.stored(check.getName()));
      }
    }
    for (ForeignKey key : table.getForeignKeyCollection()) {
      if (key.getName() != null) {
        noteLongName("foreign key", Identifier.toIdentifier(key.getName()).getText(), PostgresNames.stored(key.getName()));
      }
    }
  }

  /** Says that {@code written} is stored as {@code stored}, when PostgreSQL truncates it. */
  void noteLongName(String kind, String written, String stored) {
    if (Identifiers.isTooLong(written)) {
      notes.add(kind + " name '" + written + "' is longer than PostgreSQL's " + Identifiers.MAX_BYTES
          + " bytes: it is stored, compared and migrated as '" + stored + "'");
    }
  }

  /** What the tables read so far map that the model cannot represent, one line each. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * JPA 3.2's {@code options} (on {@code @Table}, {@code @Column}, {@code @JoinColumn}, {@code @CheckConstraint},
   * {@code @UniqueConstraint}, {@code @Index}) are SQL text Hibernate appends to its DDL; the model has no place for
   * it, so it is neither created nor compared: say so rather than let it go unnoticed. A column's options that are a
   * {@code collate} clause alone are its collation ({@link ColumnCollation}), which the model holds.
   */
  private void noteOptions(Table table) {
    QualifiedName name = qualifiedName(table);
    noteOption(name.toString(), "table", table.getOptions());
    for (Column column : table.getColumns()) {
      if (!ColumnCollation.isCollation(column.getOptions())) {
        noteOption(name + "." + columnName(column), "column", column.getOptions());
      }
      for (CheckConstraint check : column.getCheckConstraints()) {
        noteOption(checkOwner(name, name + "." + columnName(column), check), "check constraint", check.getOptions());
      }
    }
    for (CheckConstraint check : table.getChecks()) {
      noteOption(checkOwner(name, name.toString(), check), "check constraint", check.getOptions());
    }
    for (UniqueKey key : table.getUniqueKeys().values()) {
      noteOption(name + "." + PostgresNames.stored(key.getName()), "unique constraint", key.getOptions());
    }
    for (Index index : table.getIndexes().values()) {
      noteOption(name + "." + PostgresNames.stored(index.getName()), "index", index.getOptions());
    }
  }

  /** A named check by its name; an unnamed one by the table or column it is declared on. */
  private static String checkOwner(QualifiedName table, String declaredOn, CheckConstraint check) {
    return check.isNamed() ? table + "." + PostgresNames.stored(check.getName()) : declaredOn;
  }

  private void noteOption(String owner, String kind, String options) {
    if (options != null && !options.isBlank()) {
      notes.add(owner + ": " + kind + " options '" + options.strip() + "' left out: the model cannot represent"
          + " them, they are neither created nor compared");
    }
  }

  static QualifiedName qualifiedName(Table table) {
    Identifier schema = table.getSchemaIdentifier();
    return new QualifiedName(
        schema == null ? null : PostgresNames.stored(schema), PostgresNames.stored(table.getNameIdentifier()));
  }

  /**
   * A column as Hibernate's export declares it: {@code <type> [default ...] [not null]}, where the type may be a
   * {@code columnDefinition} holding its own default, {@code not null}, {@code unique} or {@code check}.
   */
  private ColumnModel column(Table table, Column column) {
    ColumnDefinition definition = definition(table, column);
    if (definition.defaultExpression() != null && column.getDefaultValue() != null) {
      throw new EntityScanException(where(table, column) + ": columnDefinition '" + column.getSqlType()
          + "' has a default and the mapping gives another ('" + column.getDefaultValue() + "')");
    }
    return new ColumnModel(
        columnName(column),
        dialect.canonicalType(definition.type()),
        column.isNullable() && !table.isPrimaryKey(column) && !definition.notNull(),
        column.getDefaultValue() != null ? column.getDefaultValue() : definition.defaultExpression(),
        column.isIdentity() ? IdentityGeneration.BY_DEFAULT : IdentityGeneration.NONE,
        column.getGeneratedAs(),
        false,
        column.getComment(),
        ColumnCollation.of(column));
  }

  /** The column's type as Hibernate writes it, taken apart; a mapping's text that is not one is an error. */
  private ColumnDefinition definition(Table table, Column column) {
    String sqlType = column.getSqlType(metadata);
    try {
      return ColumnDefinition.parse(sqlType);
    } catch (SqlSyntaxException e) {
      throw new EntityScanException(where(table, column) + ": columnDefinition '" + sqlType + "' " + e.getMessage());
    }
  }

  /** The entity (if one maps the table), table and column, for an error. */
  private String where(Table table, Column column) {
    String owner = metadata.getEntityBindings().stream()
        .filter(entity -> entity.getTable() == table)
        .map(PersistentClass::getClassName)
        .findFirst()
        .map(name -> name + ", ")
        .orElse("");
    return owner + "table '" + qualifiedName(table) + "', column '" + columnName(column) + "'";
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
  private List<UniqueConstraintModel> uniqueConstraints(Table table, PrimaryKeyModel primaryKey) {
    String tableName = qualifiedName(table).name();
    List<UniqueConstraintModel> uniques = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Column column : table.getColumns()) {
      // the columnDefinition's own 'unique' comes first, as Hibernate writes it before its constraints
      int declared = (definition(table, column).unique() ? 1 : 0)
          + (column.isUnique() && !table.isPrimaryKey(column) ? 1 : 0);
      for (int i = 0; i < declared; i++) {
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
  private List<CheckConstraintModel> checks(Table table) {
    String tableName = qualifiedName(table).name();
    List<CheckConstraintModel> checks = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Column column : table.getColumns()) {
      String definitionCheck = definition(table, column).check();
      if (definitionCheck != null) {
        String name = PostgresNames.implicitCheckName(tableName, onlyColumnRead(table, definitionCheck), taken);
        taken.add(name);
        checks.add(new CheckConstraintModel(name, definitionCheck));
      }
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
    Set<String> names;
    try {
      names = SqlExpressions.namesRead(expression);
    } catch (SqlSyntaxException e) {
      return null; // not an expression: the canonicalizer reports it, naming the table
    }
    Set<String> read = new HashSet<>();
    table.getColumns().forEach(column -> {
      if (names.contains(columnName(column))) {
        read.add(columnName(column));
      }
    });
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
