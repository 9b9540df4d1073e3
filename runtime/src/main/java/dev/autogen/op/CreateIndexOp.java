package dev.autogen.op;

import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/** {@code CREATE [UNIQUE] INDEX}. */
public record CreateIndexOp(QualifiedName table, IndexModel index) implements MigrationOp {

  public CreateIndexOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropIndexOp(table, index.name(), index);
  }

  @Override
  public String description() {
    return "added " + (index.unique() ? "unique " : "") + "index '" + index.name() + "' on '" + table + "' "
        + index.columns();
  }
}
