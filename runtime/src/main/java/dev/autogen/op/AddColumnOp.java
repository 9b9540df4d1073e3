package dev.autogen.op;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD COLUMN}. */
public record AddColumnOp(QualifiedName table, ColumnModel column) implements MigrationOp {

  public AddColumnOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropColumnOp(table, column.name(), column);
  }

  @Override
  public String description() {
    return "added column '" + table + "." + column.name() + "'";
  }
}
