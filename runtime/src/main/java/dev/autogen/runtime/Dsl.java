package dev.autogen.runtime;

import dev.autogen.op.CompositeColumn;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.EnumValuePosition;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableComment;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.List;

/**
 * The vocabulary of a migration file, meant for {@code import static dev.autogen.runtime.Dsl.*}: columns, keys,
 * indexes and types. Types come out in PostgreSQL's canonical spelling, so {@code varchar(255)} compares equal to
 * what the catalog reports.
 */
public final class Dsl {

  private Dsl() {
  }

  // --- tables and their elements

  /** A table in another schema than the default one. */
  public static QualifiedName table(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /**
   * A nullable column; chain {@code .notNull()}, {@code .identity()}, {@code .defaultValue("0")},
   * {@code .generatedAs("price * quantity")}, {@code .serial("ticket_id_seq")}, {@code .comment("...")}.
   */
  public static ColumnModel column(String name, ColumnType type) {
    return ColumnModel.of(name, type);
  }

  /** A table's comment, as an element of {@code op.createTable(...)}. */
  public static TableComment tableComment(String text) {
    return new TableComment(text);
  }

  /** A primary key PostgreSQL names {@code <table>_pkey}. */
  public static PrimaryKeyModel primaryKey(String... columns) {
    return new PrimaryKeyModel(null, List.of(columns));
  }

  public static PrimaryKeyModel namedPrimaryKey(String name, String... columns) {
    return new PrimaryKeyModel(name, List.of(columns));
  }

  public static UniqueConstraintModel unique(String name, String... columns) {
    return new UniqueConstraintModel(name, List.of(columns));
  }

  /** A {@code CHECK} constraint; the expression is SQL, written without {@code CHECK} and its parentheses. */
  public static CheckConstraintModel check(String name, String expression) {
    return new CheckConstraintModel(name, expression);
  }

  public static IndexModel index(String name, String... columns) {
    return new IndexModel(name, List.of(columns), false);
  }

  public static IndexModel uniqueIndex(String name, String... columns) {
    return new IndexModel(name, List.of(columns), true);
  }

  /** A one-column foreign key to a table in the default schema; chain {@code .onDelete(CASCADE)}. */
  public static ForeignKeyModel foreignKey(String name, String column, String referencedTable, String referencedColumn) {
    return foreignKey(name, List.of(column), QualifiedName.of(referencedTable), List.of(referencedColumn));
  }

  public static ForeignKeyModel foreignKey(
      String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns) {
    return new ForeignKeyModel(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
  }

  public static ForeignKeyModel foreignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    return foreignKey(name, columns, QualifiedName.of(referencedTable), referencedColumns);
  }

  // --- sequences

  /**
   * A sequence in the default schema that starts with 1 and increments by 1, PostgreSQL's defaults; chain
   * {@code .startWith(1000)}, {@code .incrementBy(50)} (Hibernate's default allocation size).
   */
  public static SequenceModel sequence(String name) {
    return SequenceModel.of(QualifiedName.of(name));
  }

  /** A sequence in another schema than the default one. */
  public static SequenceModel sequence(String schema, String name) {
    return SequenceModel.of(new QualifiedName(schema, name));
  }

  public static SequenceModel sequence(QualifiedName name) {
    return SequenceModel.of(name);
  }

  /** Any object's name in another schema than the default one, such as a sequence to drop. */
  public static QualifiedName qualified(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  // --- enum types

  /** An enum type's values, in their order, for {@code op.recreateEnumType}. */
  public static EnumTypeModel enumType(String name, String... labels) {
    return enumType(QualifiedName.of(name), labels);
  }

  public static EnumTypeModel enumType(QualifiedName name, String... labels) {
    return new EnumTypeModel(name, List.of(labels));
  }

  /** A new enum value placed before an existing one, for {@code op.addEnumValue}. */
  public static EnumValuePosition before(String value) {
    return EnumValuePosition.before(value);
  }

  /** A new enum value placed after an existing one, for {@code op.addEnumValue}. */
  public static EnumValuePosition after(String value) {
    return EnumValuePosition.after(value);
  }

  /** A column of an enum type that {@code op.recreateEnumType} converts; chain {@code .defaultValue(...)}. */
  public static EnumColumn enumColumn(String table, String column) {
    return enumColumn(QualifiedName.of(table), column);
  }

  public static EnumColumn enumColumn(QualifiedName table, String column) {
    return EnumColumn.of(table, column);
  }

  // --- composite types

  /** An attribute of a composite type, for {@code op.createCompositeType} and {@code compositeType}. */
  public static CompositeAttribute attribute(String name, ColumnType type) {
    return new CompositeAttribute(name, type);
  }

  /** A composite type's attributes, in their order, for {@code op.alterCompositeType}. */
  public static CompositeTypeModel compositeType(String name, CompositeAttribute... attributes) {
    return compositeType(QualifiedName.of(name), attributes);
  }

  public static CompositeTypeModel compositeType(QualifiedName name, CompositeAttribute... attributes) {
    return new CompositeTypeModel(name, List.of(attributes));
  }

  /** A column of a composite type that a recreating {@code op.alterCompositeType} converts. */
  public static CompositeColumn compositeColumn(String table, String column) {
    return compositeColumn(QualifiedName.of(table), column);
  }

  public static CompositeColumn compositeColumn(QualifiedName table, String column) {
    return CompositeColumn.of(table, column);
  }

  // --- referential actions, for .onDelete(...)

  public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
  public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
  public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
  public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
  public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

  // --- types, spelled as PostgreSQL's format_type() prints them

  /** Any type, spelled as PostgreSQL prints it ({@code "interval second(6)"}, {@code "inet"}). */
  public static ColumnType type(String sql) {
    return new ColumnType(sql);
  }

  public static ColumnType varchar(int length) {
    return type("character varying(" + length + ")");
  }

  public static ColumnType varchar() {
    return type("character varying");
  }

  public static ColumnType character(int length) {
    return type("character(" + length + ")");
  }

  public static ColumnType text() {
    return type("text");
  }

  public static ColumnType smallint() {
    return type("smallint");
  }

  public static ColumnType integer() {
    return type("integer");
  }

  public static ColumnType bigint() {
    return type("bigint");
  }

  public static ColumnType bool() {
    return type("boolean");
  }

  public static ColumnType real() {
    return type("real");
  }

  public static ColumnType doublePrecision() {
    return type("double precision");
  }

  public static ColumnType numeric(int precision, int scale) {
    return type("numeric(" + precision + "," + scale + ")");
  }

  public static ColumnType numeric() {
    return type("numeric");
  }

  public static ColumnType date() {
    return type("date");
  }

  public static ColumnType time(int precision) {
    return type("time(" + precision + ") without time zone");
  }

  public static ColumnType timeTz(int precision) {
    return type("time(" + precision + ") with time zone");
  }

  public static ColumnType timestamp(int precision) {
    return type("timestamp(" + precision + ") without time zone");
  }

  public static ColumnType timestampTz(int precision) {
    return type("timestamp(" + precision + ") with time zone");
  }

  public static ColumnType uuid() {
    return type("uuid");
  }

  public static ColumnType bytea() {
    return type("bytea");
  }

  public static ColumnType json() {
    return type("json");
  }

  public static ColumnType jsonb() {
    return type("jsonb");
  }

  public static ColumnType oid() {
    return type("oid");
  }

  public static ColumnType arrayOf(ColumnType element) {
    return type(element.sql() + "[]");
  }
}
