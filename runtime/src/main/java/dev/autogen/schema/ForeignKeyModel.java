package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              constraint name
 * @param columns           referencing columns, in order
 * @param referencedTable   the referenced table
 * @param referencedColumns referenced columns, paired with {@code columns}
 * @param onDelete          the {@code ON DELETE} action
 */
public record ForeignKeyModel(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete) implements TableElement {

  public ForeignKeyModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    Objects.requireNonNull(referencedTable, "referencedTable");
    referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
    Objects.requireNonNull(onDelete, "onDelete");
  }

  public ForeignKeyModel onDelete(ReferentialAction action) {
    return new ForeignKeyModel(name, columns, referencedTable, referencedColumns, action);
  }
}
