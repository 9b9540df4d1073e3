package dev.autogen.op;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... DROP COLUMN}.
 *
 * @param existing the column's full definition, or {@code null} when built from names only
 */
public record DropColumnOp(QualifiedName table, String column, ColumnModel existing) implements MigrationOp {

  public DropColumnOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of column '" + table + "." + column + "' does not carry its definition");
    }
    return new AddColumnOp(table, existing);
  }

  @Override
  public String description() {
    return "removed column '" + table + "." + column + "'";
  }

  @Override
  public Optional<String> dataLoss() {
    return Optional.of("drops column " + table + "." + column + " and its data");
  }
}
