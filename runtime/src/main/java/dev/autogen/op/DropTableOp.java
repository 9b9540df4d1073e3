package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP TABLE}.
 *
 * @param table    the table to drop
 * @param existing its full definition, so the drop can be reversed; {@code null} when built from a name only
 */
public record DropTableOp(QualifiedName table, TableModel existing) implements MigrationOp {

  public DropTableOp {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of table '" + table + "' does not carry its definition");
    }
    return new CreateTableOp(existing);
  }

  @Override
  public String description() {
    return "removed table '" + table + "'";
  }

  @Override
  public Optional<String> dataLoss() {
    return Optional.of("drops table " + table + " and all its rows");
  }
}
