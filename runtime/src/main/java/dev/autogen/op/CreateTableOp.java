package dev.autogen.op;

import dev.autogen.schema.TableModel;
import java.util.Objects;

/** {@code CREATE TABLE} with its columns, primary key, unique constraints and indexes (foreign keys usually apart). */
public record CreateTableOp(TableModel table) implements MigrationOp {

  public CreateTableOp {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropTableOp(table.name(), table);
  }

  @Override
  public String description() {
    return "added table '" + table.name() + "'";
  }
}
