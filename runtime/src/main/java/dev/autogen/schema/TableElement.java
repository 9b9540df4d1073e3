package dev.autogen.schema;

/** Something declared inside a table: what {@code op.createTable(name, elements...)} accepts. */
public sealed interface TableElement
    permits ColumnModel, PrimaryKeyModel, UniqueConstraintModel, IndexModel, ForeignKeyModel,
    CheckConstraintModel, TableComment {
}
