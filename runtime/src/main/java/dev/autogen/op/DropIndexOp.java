package dev.autogen.op;

import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code DROP INDEX}; {@code existing} (or {@code null}) carries its definition for the reverse; {@code concurrently}:
 * {@code DROP INDEX CONCURRENTLY}, which waits for the table's transactions instead of blocking its reads and writes.
 */
public record DropIndexOp(QualifiedName table, String name, IndexModel existing, boolean concurrently)
    implements MigrationOp {

  public DropIndexOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  public DropIndexOp(QualifiedName table, String name, IndexModel existing) {
    this(table, name, existing, false);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of index '" + name + "' on '" + table + "' does not carry its definition");
    }
    return new CreateIndexOp(table, existing, concurrently);
  }

  @Override
  public String description() {
    return "removed index '" + name + "' on '" + table + "'";
  }
}
